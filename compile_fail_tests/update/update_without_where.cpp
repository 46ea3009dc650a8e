// Rule: an update without where() would change every row, so it does not compile; .where(...) or
// .unconditionally() says what is meant. Checked when the statement is rendered, run or prepared.
// CTQL-EXPECT-ERROR: ctql: update\(\) without where\(\) would change every row
// CTQL-FIX: Add `.where(condition)`, or write `.unconditionally()` when every row is meant.
#include "support/schema.hpp"

void update_without_where() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto one = sql<sqlite>(update(users).set(users.age = 0).where(users.id == 7));
  [[maybe_unused]] auto all = sql<sqlite>(update(users).set(users.age = 0).unconditionally());
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(update(users).set(users.age = 0));
#endif
}
