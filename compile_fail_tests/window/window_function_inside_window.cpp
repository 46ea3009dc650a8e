// Rule: a window function cannot be nested in another: its argument, partition_by() or order_by().
// CTQL-EXPECT-ERROR: ctql: a window function cannot be inside an aggregate or another window function
// CTQL-FIX: Select the inner window function with `.as<"n">()` in a derived table and use `t[n]` in the outer window.
#include "support/schema.hpp"

void window_function_inside_window() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = lag(users.age).over(partition_by(users.name).order_by(users.id));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = lag(users.age).over(partition_by(row_number().over()).order_by(users.id));
#endif
}
