// Rule: a mapped field is std::optional exactly where its column is nullable.
// CTQL-EXPECT-ERROR: ctql: a mapped field is std::optional exactly where its column is nullable
// CTQL-FIX: Make the field `std::optional<T>` exactly when its column is nullable.
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
struct NotNullable { using table = test::users_t; std::int64_t id = 0; std::string name = {}; int age = 0; std::string email = {}; };
}  // namespace

void mapped_field_is_optional_where_nullable(ctql::sqlite::connection& db) {
  User u; db.insert(u);
#ifdef CTQL_COMPILE_FAIL
  NotNullable x; db.insert(x);
#endif
}
