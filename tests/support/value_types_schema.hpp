#pragma once
// The value types of the value-type tests: a strong id over an integer (ctql::value_traits), a
// second one it must never meet, and an enum stored as text (ctql::enum_names).
#include <array>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <ctql/ctql.hpp>

namespace test {
struct user_id {
  std::int64_t v;
  friend bool operator==(user_id, user_id) = default;
};
struct order_id {
  std::int64_t v;
  friend bool operator==(order_id, order_id) = default;
};
enum class color { red, green, blue };
}  // namespace test

template <>
struct ctql::value_traits<test::user_id> {
  using stored_type = std::int64_t;
  static std::int64_t to_stored(test::user_id id) { return id.v; }
  static test::user_id from_stored(std::int64_t v) {
    // A user id is positive: what the database holds otherwise is refused on reading.
    if (v <= 0) throw std::invalid_argument("a user_id is positive, not " + std::to_string(v));
    return {v};
  }
};
template <>
struct ctql::value_traits<test::order_id> {
  using stored_type = std::int64_t;
  static std::int64_t to_stored(test::order_id id) { return id.v; }
  static test::order_id from_stored(std::int64_t v) { return {v}; }
};
template <>
inline constexpr auto ctql::enum_names<test::color> = std::array<std::string_view, 3>{"red", "green", "blue"};

namespace test {
struct vt_items_t : ctql::table<vt_items_t, "vt_items"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"owner", user_id> owner;
  column<"paint", color> paint;
  column<"trim", std::optional<color>> trim;
  column<"buyer", std::optional<order_id>> buyer;
};
inline constexpr vt_items_t vt_items{};
}  // namespace test
