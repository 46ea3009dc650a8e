// Rule: every selected column must belong to a table in from() (or a join); checked when the
// statement is rendered, run or prepared.
// CTQL-EXPECT-ERROR: ctql: select\(\) uses a column whose table is not in from\(\)
// CTQL-FIX: Add the column's table to from() or join() it: `.from(users.join(posts).on(posts.user_id == users.id))`.
#include "support/schema.hpp"

void select_uses_table_not_in_from() {
  using namespace test;
  using namespace ctql;
  auto joined = select(users.name, posts.title).from(users.join(posts).on(posts.user_id == users.id));
  [[maybe_unused]] auto text = sql<sqlite>(joined);
#ifdef CTQL_COMPILE_FAIL
  auto unjoined = select(users.name, posts.title).from(users);
  [[maybe_unused]] auto wrong = sql<sqlite>(unjoined);
#endif
}
