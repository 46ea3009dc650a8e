// Rule: a delete without where() would delete every row, so it does not compile; .where(...) or
// .unconditionally() says what is meant. Checked when the statement is rendered, run or prepared.
// CTQL-EXPECT-ERROR: ctql: delete_from\(\) without where\(\) would delete every row
// CTQL-FIX: Add `.where(condition)`, or write `.unconditionally()` when every row is meant.
#include "support/schema.hpp"

void delete_without_where() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto some = sql<sqlite>(delete_from(users).where(users.email.is_null()));
  [[maybe_unused]] auto all = sql<sqlite>(delete_from(users).unconditionally());
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(delete_from(users));
#endif
}
