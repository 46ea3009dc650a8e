// Rule: lag() and lead() cannot take a window function as their argument.
// CTQL-EXPECT-ERROR: ctql: a window function cannot be inside an aggregate or another window function
// CTQL-FIX: Select the inner window function with `.as<"n">()` in a derived table and use `t[n]` in the outer
// CTQL-FIX: lag()/lead().
#include "support/schema.hpp"

void window_function_as_lag_argument() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = lead(users.age + 1);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = lead(count().over());
#endif
}
