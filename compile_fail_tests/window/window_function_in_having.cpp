// Rule: a window function cannot be in having() (windows are computed after grouping).
// CTQL-EXPECT-ERROR: ctql: having\(\) cannot use a window function
// CTQL-FIX: Select the window function with `.as<"n">()` in a derived table and filter on `t[n]` in the outer where().
#include "support/schema.hpp"

void window_function_in_having() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = select(users.age).from(users).group_by(users.age).having(count() > 1);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = select(users.age).from(users).group_by(users.age).having(count().over() > 1);
#endif
}
