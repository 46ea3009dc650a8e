// Rule: a correlated scalar subquery may refer to the outer statement's tables only: a table that
// neither the subquery nor the outer statement has in FROM is an error.
// CTQL-EXPECT-ERROR: ctql: select\(\) uses a column whose table is not in from\(\)
// CTQL-FIX: Add the table to the subquery's from() (or the outer statement's), or join it.
#include "support/schema.hpp"

void correlated_subquery_table_not_in_from() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto ok = sql<sqlite>(select(users.name, select(count(posts.id)).from(posts).where(posts.user_id == users.id).as<"n">()).from(users));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(select(users.name, select(count(posts.id)).from(posts).where(posts.user_id == tags.post_id).as<"n">()).from(users));
#endif
}
