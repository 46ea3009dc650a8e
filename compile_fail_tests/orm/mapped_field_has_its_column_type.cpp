// Rule: each mapped field has its column's exact type.
// CTQL-EXPECT-ERROR: ctql: a mapped field must have its column's exact type
// CTQL-FIX: Give the field exactly its column's type (FieldType and ColumnType in the error).
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
struct WrongType { using table = test::users_t; std::int64_t id = 0; std::string name = {}; long age = 0; std::optional<std::string> email = {}; };
}  // namespace

void mapped_field_has_its_column_type(ctql::sqlite::connection& db) {
  User u; db.insert(u);
#ifdef CTQL_COMPILE_FAIL
  WrongType x; db.insert(x);
#endif
}
