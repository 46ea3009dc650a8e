// Rule: an update that reads other tables still says which rows it changes: where() or
// .unconditionally().
// CTQL-EXPECT-ERROR: ctql: update\(\) without where\(\) would change every row
// CTQL-FIX: Add `.where(condition)` joining the updated table to its from() tables, or `.unconditionally()`.
#include "support/schema.hpp"

void update_from_without_where() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = sql<postgres>(update(posts).set(posts.title = users.name).from(users).where(users.id == posts.user_id));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<postgres>(update(posts).set(posts.title = users.name).from(users));
#endif
}
