// Rule: a column in group_by() must belong to a table in from() (or a join).
// CTQL-EXPECT-ERROR: ctql: group_by\(\) uses a column whose table is not in from\(\)
// CTQL-FIX: Add the column's table to from() or join() it.
#include "support/schema.hpp"

void group_by_uses_table_not_in_from() {
  using namespace test;
  using namespace ctql;
  auto joined = select(count()).from(users.join(posts).on(posts.user_id == users.id)).group_by(posts.title);
  [[maybe_unused]] auto text = sql<sqlite>(joined);
#ifdef CTQL_COMPILE_FAIL
  auto unjoined = select(count()).from(users).group_by(posts.title);
  [[maybe_unused]] auto wrong = sql<sqlite>(unjoined);
#endif
}
