// Rule: with an aggregate in the select list, every other selected column must be in group_by().
// CTQL-EXPECT-ERROR: ctql: a statement with an aggregate or group_by\(\) can select a column only if it is in group_by\(\) or inside an aggregate
// CTQL-FIX: Add the column to `group_by(...)`, or put it inside an aggregate (`max(users.name)`).
#include "support/schema.hpp"

void aggregate_selected_with_ungrouped_column() {
  using namespace test;
  using namespace ctql;
  auto grouped = select(users.name, count()).from(users).group_by(users.name);
  [[maybe_unused]] auto text = sql<sqlite>(grouped);
#ifdef CTQL_COMPILE_FAIL
  auto ungrouped = select(users.name, count()).from(users);
  [[maybe_unused]] auto wrong = sql<sqlite>(ungrouped);
#endif
}
