// Rule: group_by() cannot group by a window function.
// CTQL-EXPECT-ERROR: ctql: group_by\(\) cannot group by a window function
// CTQL-FIX: Select the window function with `.as<"n">()` in a derived table and group the outer select by `t[n]`.
#include "support/schema.hpp"

void window_function_in_group_by() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = select(users.age).from(users).group_by(users.age);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = select(users.age).from(users).group_by(rank().over(window().order_by(users.age)));
#endif
}
