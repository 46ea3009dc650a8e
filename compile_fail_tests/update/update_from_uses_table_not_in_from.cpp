// Rule: an update reads the table it updates and those its from() names; a column of any other
// table (here posts, with only users in from()) is refused.
// CTQL-EXPECT-ERROR: ctql: update\(\) uses a column of a table other than the one it updates and those in its from\(\)
// CTQL-FIX: Add the table with `.from(...)`, or test it with exists(select(...)) or in(select(...)).
#include "support/schema.hpp"

void update_from_uses_table_not_in_from() {
  using namespace test;
  using namespace ctql;
  auto fine = update(posts).set(posts.title = users.name).from(users).where(users.id == posts.user_id);
  [[maybe_unused]] auto text = sql<postgres>(fine);
#ifdef CTQL_COMPILE_FAIL
  auto other = update(samples).set(samples.label = users.name).from(users).where(posts.user_id == users.id);
  [[maybe_unused]] auto wrong = sql<postgres>(other);
#endif
}
