// Rule: returning() does not say which rows a delete removes; without where() or
// .unconditionally() the statement still does not compile, with the same message as without
// returning() (returning() is available on any delete, so the message is ctql's, not a missing member).
// CTQL-EXPECT-ERROR: ctql: delete_from\(\) without where\(\) would delete every row
// CTQL-FIX: Add `.where(condition)` (or `.unconditionally()`) before `.returning(...)`.
#include "support/schema.hpp"

void returning_without_where() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto all = sql<sqlite>(delete_from(users).unconditionally().returning(users.id));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(delete_from(users).returning(users.id));
#endif
}
