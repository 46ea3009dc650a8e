// Rule: returning() does not say which rows an update changes; without where() or
// .unconditionally() the statement still does not compile, with the same message as without
// returning() (returning() is available on any update, so the message is ctql's, not a missing member).
// CTQL-EXPECT-ERROR: ctql: update\(\) without where\(\) would change every row
// CTQL-FIX: Add `.where(condition)` (or `.unconditionally()`) before `.returning(...)`.
#include "support/schema.hpp"

void returning_without_where() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto one = sql<sqlite>(update(users).set(users.age = 0).where(users.id == 7).returning(users.id));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(update(users).set(users.age = 0).returning(users.id));
#endif
}
