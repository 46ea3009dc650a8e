// The documented use of <ctql/core/schema/sql_forms.hpp>: a type of the user's own stored as
// ctql::sql_uuid through ctql::value_traits, so its column is the database's UUID. With that
// header first, then value_traits, a table, core/ddl/create_table.hpp and two dialects. Built in
// ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/schema/sql_forms.hpp"

#include <array>
#include <cstdint>

#include "ctql/core/ddl/create_table.hpp"
#include "ctql/core/dialect/postgres.hpp"
#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/schema/table.hpp"
#include "ctql/core/schema/value_traits.hpp"

namespace sql_forms_use {
struct parcel_id {
  std::array<std::uint8_t, 16> bytes;
};
}  // namespace sql_forms_use

template <>
struct ctql::value_traits<sql_forms_use::parcel_id> {
  using stored_type = ctql::sql_uuid;
  static ctql::sql_uuid to_stored(const sql_forms_use::parcel_id& p) { return {p.bytes}; }
  static sql_forms_use::parcel_id from_stored(const ctql::sql_uuid& u) { return {u.bytes}; }
};

namespace sql_forms_use {
struct parcels_t : ctql::table<parcels_t, "parcels"> {
  column<"id", parcel_id, ctql::primary_key> id;
};
inline constexpr parcels_t parcels{};

void ddl() {
  static_assert(ctql::create_table<ctql::postgres>(parcels) == R"(CREATE TABLE "parcels" ("id" UUID NOT NULL PRIMARY KEY))");
  static_assert(ctql::create_table<ctql::sqlite>(parcels) ==
                R"(CREATE TABLE "parcels" ("id" BLOB NOT NULL PRIMARY KEY CHECK (length("id") = 16)))");
  static_assert(ctql::sql_uuid::parse("123e4567-e89b-12d3-a456-426614174000")->bytes[15] == 0);
}
}  // namespace sql_forms_use
