// Rule: a column cannot be set to a window function (set() of an update or insert, do_update()).
// CTQL-EXPECT-ERROR: ctql: a column cannot be set to a window function
// CTQL-FIX: Select the window function with `.as<"n">()` in a derived table and set the column from `t[n]` (update ...
// CTQL-FIX: from()).
#include "support/schema.hpp"

void window_function_assigned() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = update(users).set(users.age = users.age + 1).unconditionally();
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = update(users).set(users.id = row_number().over()).unconditionally();
#endif
}
