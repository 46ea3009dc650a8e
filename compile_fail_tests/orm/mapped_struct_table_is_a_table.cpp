// Rule: using table = ... names a ctql::table type.
// CTQL-EXPECT-ERROR: ctql: the struct's table \(using table = \.\.\.\) must be a table type
// CTQL-FIX: Make `using table = X;` name a table type (`struct X : ctql::table<X, "name"> {...}`), not its instance or
// CTQL-FIX: another type.
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
struct NotATable { using table = int; std::int64_t id = 0; };
}  // namespace

void mapped_struct_table_is_a_table(ctql::sqlite::connection& db) {
  User u; db.insert(u);
#ifdef CTQL_COMPILE_FAIL
  NotATable x; db.insert(x);
#endif
}
