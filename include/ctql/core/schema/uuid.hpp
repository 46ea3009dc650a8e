#pragma once
// ctql::uuid: 16 bytes, written 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'. UUID on PostgreSQL and
// MariaDB, CHAR(36) on MySQL 8 (it has no UUID type), a 16-byte BLOB (with a length CHECK) on SQLite:
// a ctql::value_traits type stored as ctql::sql_uuid (core/schema/sql_forms.hpp), as yours can be.
#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ctql/core/error.hpp"
#include "ctql/core/schema/category.hpp"
#include "ctql/core/schema/sql_forms.hpp"
#include "ctql/core/schema/value_traits.hpp"

namespace ctql {

/// `ctql::uuid id{"123e4567-e89b-12d3-a456-426614174000"};`, `to_string(id)`, `id == other`, `id < other`.
class uuid {
 public:
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
    const auto parsed = sql_uuid::parse(s);
    if (!parsed) return std::nullopt;
    return uuid{parsed->bytes};
  }
  /// From 16 bytes (a BLOB or a binary UUID), or nothing if there are not 16.
  static constexpr std::optional<uuid> from_bytes(const std::uint8_t* data, std::size_t size) {
    const auto read = sql_uuid::from_bytes(data, size);
    if (!read) return std::nullopt;
    return uuid{read->bytes};
  }

  constexpr const bytes_type& bytes() const { return bytes_; }

  /// Byte order, which is PostgreSQL's and SQLite's order (MariaDB's UUID orders otherwise).
  friend constexpr bool operator==(const uuid&, const uuid&) = default;
  friend constexpr auto operator<=>(const uuid&, const uuid&) = default;

 private:
  bytes_type bytes_{};
};

/// 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', lowercase, 36 characters.
inline std::string to_string(const uuid& u) { return sql_uuid{u.bytes()}.text(); }

/// ctql::uuid is stored as a ctql::sql_uuid and compares only with a uuid (category::uuid).
template <>
struct value_traits<uuid> {
  using stored_type = sql_uuid;
  static constexpr category sql_category = category::uuid;
  static constexpr sql_uuid to_stored(const uuid& u) { return {u.bytes()}; }
  static constexpr uuid from_stored(const sql_uuid& s) { return uuid{s.bytes}; }
};

}  // namespace ctql
