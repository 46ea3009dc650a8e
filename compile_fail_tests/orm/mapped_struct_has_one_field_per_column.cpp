// Rule: a mapped struct has one field per column of its table.
// CTQL-EXPECT-ERROR: ctql: the mapped struct must have one field per column of its table
// CTQL-FIX: Give the struct one field per column of its table, in column order (FieldCount and ColumnCount in the
// CTQL-FIX: error).
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
struct Short { using table = test::users_t; std::int64_t id = 0; std::string name = {}; int age = 0; };
}  // namespace

void mapped_struct_has_one_field_per_column(ctql::sqlite::connection& db) {
  User u; db.insert(u);
#ifdef CTQL_COMPILE_FAIL
  Short x; db.insert(x);
#endif
}
