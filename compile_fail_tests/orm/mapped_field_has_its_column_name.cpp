// Rule: each mapped field has the name of its column's member, in order.
// CTQL-EXPECT-ERROR: ctql: a mapped field must have the name of its column's member
// CTQL-FIX: Name each field as its column's member in the table (the C++ member, e.g. `class_`), in the same order;
// CTQL-FIX: rename the field or reorder the struct.
#include <cstdint>
#include <optional>
#include <string>

#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

namespace {
struct User {
  using table = test::users_t;
  std::int64_t id = 0;
  std::string name = {};
  int age = 0;
  std::optional<std::string> email = {};
};
struct Renamed { using table = test::users_t; std::int64_t id = 0; std::string full_name = {}; int age = 0; std::optional<std::string> email = {}; };
}  // namespace

void mapped_field_has_its_column_name(ctql::sqlite::connection& db) {
  User u; db.insert(u);
#ifdef CTQL_COMPILE_FAIL
  Renamed x; db.insert(x);
#endif
}
