#pragma once
// Value types of the user's own that choose their SQL through ctql::value_traits, as ctql::uuid,
// ctql::decimal<P, S> and ctql::json do: an IP address stored as text whose column type is chosen
// per dialect (sql_type<D>), a tracking number of 16 bytes stored as the database's UUID (the
// SQL form ctql::sql_uuid: binary uuid on PostgreSQL) that compares only with itself, and a label
// that says it is text (sql_category), so that it compares with strings too.
#include <array>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

#include <ctql/ctql.hpp>
#include <ctql/value_types.hpp>

namespace test {
struct ip_address {
  std::string text;
  friend bool operator==(const ip_address&, const ip_address&) = default;
};
struct host_label {
  std::string text;
  friend bool operator==(const host_label&, const host_label&) = default;
};
struct tracking_number {
  std::array<std::uint8_t, 16> bytes{};
  friend bool operator==(const tracking_number&, const tracking_number&) = default;
};
}  // namespace test

template <>
struct ctql::value_traits<test::ip_address> {
  using stored_type = std::string;
  /// ASCII text of at most 45 characters (an IPv6 address with an IPv4 tail), compared byte by byte.
  template <class D>
  static constexpr std::string_view sql_type = std::is_same_v<D, ctql::postgres> ? R"(VARCHAR(45) COLLATE "C")"
                                               : std::is_same_v<D, ctql::sqlite> ? "TEXT COLLATE BINARY"
                                                                                 : "VARCHAR(45) CHARACTER SET ascii";
  static std::string to_stored(const test::ip_address& ip) {
    if (ip.text.empty()) throw std::invalid_argument("an ip_address is not empty");
    return ip.text;
  }
  static test::ip_address from_stored(const std::string& text) {
    // An address has a '.' (IPv4) or a ':' (IPv6): other text is no address.
    if (text.find_first_of(".:") == std::string::npos)
      throw std::invalid_argument("'" + text + "' is not an IP address");
    return {text};
  }
};

template <>
struct ctql::value_traits<test::tracking_number> {
  using stored_type = ctql::sql_uuid;
  static ctql::sql_uuid to_stored(const test::tracking_number& n) { return {n.bytes}; }
  static test::tracking_number from_stored(const ctql::sql_uuid& u) { return {u.bytes}; }
};

template <>
struct ctql::value_traits<test::host_label> {
  using stored_type = std::string;
  static constexpr ctql::category sql_category = ctql::category::text;
  static std::string to_stored(const test::host_label& l) { return l.text; }
  static test::host_label from_stored(const std::string& text) { return {text}; }
};

namespace test {
struct vt_hosts_t : ctql::table<vt_hosts_t, "vt_hosts"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"ip", ip_address, ctql::unique> ip;
  column<"backup", std::optional<ip_address>> backup;
  column<"parcel", std::optional<tracking_number>> parcel;
  column<"label", std::optional<host_label>> label;
};
inline constexpr vt_hosts_t vt_hosts{};
}  // namespace test
