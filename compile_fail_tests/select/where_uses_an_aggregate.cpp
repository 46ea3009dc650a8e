// Rule: WHERE filters rows before grouping, so it cannot use an aggregate; HAVING can.
// CTQL-EXPECT-ERROR: ctql: where\(\) cannot use an aggregate
// CTQL-FIX: Move the condition on the aggregate to `having(...)` (with a group_by() if needed).
#include "support/schema.hpp"

void where_uses_an_aggregate() {
  using namespace test;
  using namespace ctql;
  auto right = select(users.name).from(users).group_by(users.name).having(count() > 1);
  static_assert(!sql<sqlite>(right).empty());
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = select(users.name).from(users).where(count() > 1);
#endif
}
