// Rule: a window function cannot be nested in an aggregate (SUM(ROW_NUMBER() OVER ()) is an SQL error); an aggregate inside a window is fine.
// CTQL-EXPECT-ERROR: ctql: a window function cannot be inside an aggregate or another window function
// CTQL-FIX: Select the window function with `.as<"n">()` in a derived table and aggregate `t[n]` in the outer select.
#include "support/schema.hpp"

void window_function_inside_aggregate() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = rank().over(window().order_by(sum(users.age)));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sum(row_number().over());
#endif
}
