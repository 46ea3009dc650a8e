// Rule: in a grouped statement, order_by() uses grouped columns or aggregates only.
// CTQL-EXPECT-ERROR: ctql: in a statement with an aggregate or group_by\(\), order_by\(\) can use a column only if
// CTQL-EXPECT-ERROR: 'a', 'g', 'e'
// CTQL-FIX: Order by a column in group_by() or by an aggregate.
#include "support/schema.hpp"

void order_by_uses_ungrouped_column() {
  using namespace test;
  using namespace ctql;
  auto right = select(users.name, count()).from(users).group_by(users.name).order_by(users.name);
  static_assert(!sql<sqlite>(right).empty());
#ifdef CTQL_COMPILE_FAIL
  auto wrong = select(users.name, count()).from(users).group_by(users.name).order_by(users.age);
  static_assert(!sql<sqlite>(wrong).empty());
#endif
}
