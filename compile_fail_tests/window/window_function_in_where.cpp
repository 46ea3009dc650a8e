// Rule: a window function cannot be in where() (rows are filtered before windows are computed); the same comparison in select() is fine.
// CTQL-EXPECT-ERROR: ctql: where\(\) cannot use a window function
// CTQL-FIX: Select the window function with `.as<"n">()` in a derived table and filter on `t[n]` in the outer where().
#include "support/schema.hpp"

void window_function_in_where() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = select(users.id, row_number().over() == 1).from(users);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = select(users.id).from(users).where(row_number().over() == 1);
#endif
}
