// Rule: all_of(derived table) needs a name for each of its columns: an expression in its subquery
// must be named with .as<name>().
// CTQL-EXPECT-ERROR: ctql: this item of a derived table or CTE has no name to reach it by
// CTQL-FIX: Name every expression in the derived table's select with `.as<"name">()`.
#include "support/schema.hpp"

void all_of_derived_table_with_unnamed_item() {
  using namespace test;
  using namespace ctql;
  auto named = select(posts.user_id, count(posts.id).as<"n">()).from(posts).group_by(posts.user_id).as<"t">();
  [[maybe_unused]] auto ok = sql<sqlite>(select(all_of(named)).from(named));
#ifdef CTQL_COMPILE_FAIL
  auto unnamed = select(posts.user_id, count(posts.id)).from(posts).group_by(posts.user_id).as<"t">();
  [[maybe_unused]] auto wrong = sql<sqlite>(select(all_of(unnamed)).from(unnamed));
#endif
}
