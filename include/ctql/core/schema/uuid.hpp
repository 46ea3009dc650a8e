#pragma once
// ctql::uuid: 16 bytes, written 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'. UUID on PostgreSQL and
// MariaDB, CHAR(36) on MySQL 8 (it has no UUID type), a 16-byte BLOB (with a length CHECK) on SQLite.
#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ctql/core/error.hpp"
#include "ctql/core/schema/category.hpp"

namespace ctql {

/// `ctql::uuid id{"123e4567-e89b-12d3-a456-426614174000"};`, `to_string(id)`, `id == other`, `id < other`.
class uuid {
 public:
  static constexpr category sql_category = category::uuid;
  using bytes_type = std::array<std::uint8_t, 16>;

  /// The nil UUID, 00000000-0000-0000-0000-000000000000.
  constexpr uuid() = default;
  constexpr explicit uuid(const bytes_type& bytes) : bytes_(bytes) {}
  /// From its 36-character text, in either case; ctql::error if it is not one.
  explicit uuid(std::string_view text) {
    const auto parsed = parse(text);
    if (!parsed)
      throw error("'" + std::string(text) +
                  "' is not a UUID (36 characters: 8-4-4-4-12 hexadecimal digits separated by '-')");
    bytes_ = parsed->bytes_;
  }

  /// The UUID the text denotes ('xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', either case), or nothing.
  /// No braces, no "urn:uuid:", no missing dashes: what every database writes back.
  static constexpr std::optional<uuid> parse(std::string_view s) {
    if (s.size() != 36) return std::nullopt;
    uuid u;
    std::size_t b = 0;
    for (std::size_t i = 0; i < 36;) {
      if (i == 8 || i == 13 || i == 18 || i == 23) {
        if (s[i] != '-') return std::nullopt;
        ++i;
        continue;
      }
      const int hi = hex_value(s[i]);
      const int lo = hex_value(s[i + 1]);
      if (hi < 0 || lo < 0) return std::nullopt;
      u.bytes_[b++] = static_cast<std::uint8_t>(hi * 16 + lo);
      i += 2;
    }
    return u;
  }
  /// From 16 bytes (a BLOB or a binary UUID), or nothing if there are not 16.
  static constexpr std::optional<uuid> from_bytes(const std::uint8_t* data, std::size_t size) {
    if (size != 16) return std::nullopt;
    uuid u;
    for (std::size_t i = 0; i < 16; ++i) u.bytes_[i] = data[i];
    return u;
  }

  constexpr const bytes_type& bytes() const { return bytes_; }

  /// Byte order, which is PostgreSQL's and SQLite's order (MariaDB's UUID orders otherwise).
  friend constexpr bool operator==(const uuid&, const uuid&) = default;
  friend constexpr auto operator<=>(const uuid&, const uuid&) = default;

 private:
  static constexpr int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  bytes_type bytes_{};
};

/// 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', lowercase, 36 characters.
inline std::string to_string(const uuid& u) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string s;
  s.reserve(36);
  for (std::size_t i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) s += '-';
    s += digits[u.bytes()[i] >> 4];
    s += digits[u.bytes()[i] & 15];
  }
  return s;
}

}  // namespace ctql
