// Rule: a windowed aggregate is not an aggregate for the grouping rules: in a grouped select its argument's columns must be grouped (or inside an inner aggregate).
// CTQL-EXPECT-ERROR: ctql: a statement with an aggregate or group_by\(\) can select a column only if it is in group_by\(\) or inside an aggregate
// CTQL-FIX: Add the window function's argument columns to group_by() too, or compute the grouped aggregate in a derived
// CTQL-FIX: table (`sum(users.id).as<"s">()`) and apply the window to `t[s]` in the outer select.
#include "support/schema.hpp"

void windowed_aggregate_of_ungrouped_column() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = sql<sqlite>(select(users.age, rank().over(window().order_by(sum(users.id)))).from(users).group_by(users.age));
  [[maybe_unused]] auto grouped = select(users.age, sum(users.age).over()).from(users).group_by(users.age);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(select(users.age, sum(users.id).over()).from(users).group_by(users.age));
#endif
}
