// Rule: alias[column] takes a column of the aliased table: users.as<"boss">() has users' columns.
// CTQL-EXPECT-ERROR: ctql: alias\[column\] takes a column of the aliased table
// CTQL-FIX: Index an alias with a column of the table it aliases: `boss[users.name]` for `users.as<"boss">()`.
#include "support/schema.hpp"

void alias_given_column_of_another_table() {
  using namespace test;
  constexpr auto boss = users.as<"boss">();
  [[maybe_unused]] auto boss_name = boss[users.name];
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = boss[posts.id];
#endif
}
