// Rule: an update reads only the table it updates; other tables need exists() or in(select(...)).
// CTQL-EXPECT-ERROR: ctql: update\(\) uses a column of a table other than the one it updates
// CTQL-FIX: Add the other table with `.from(other)`, or use exists(select(...)) or in(select(...)).
#include "support/schema.hpp"

void update_where_uses_another_table() {
  using namespace test;
  using namespace ctql;
  auto own = update(users).set(users.age = 0).where(users.id == 7);
  [[maybe_unused]] auto text = sql<sqlite>(own);
#ifdef CTQL_COMPILE_FAIL
  auto other = update(users).set(users.age = 0).where(posts.id == 7);
  [[maybe_unused]] auto wrong = sql<sqlite>(other);
#endif
}
