// Rule: a struct used as a mapped object names its table (using table = ..., or ctql::table_of<T>).
// CTQL-EXPECT-ERROR: ctql: this struct is not mapped to a table
// CTQL-FIX: Add `using table = users_t;` to the struct, or specialize `template <> struct ctql::table_of<Struct> {
// CTQL-FIX: using type = users_t; };`.
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
struct Unmapped { std::int64_t id = 0; };
}  // namespace

void mapped_struct_names_a_table(ctql::sqlite::connection& db) {
  User u; db.insert(u);
#ifdef CTQL_COMPILE_FAIL
  Unmapped x; db.insert(x);
#endif
}
