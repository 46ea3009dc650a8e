// Rule: on() cannot use a window function.
// CTQL-EXPECT-ERROR: ctql: on\(\) cannot use a window function
// CTQL-FIX: Join a derived table that selects the window function with `.as<"n">()` and use `t[n]` in on().
#include "support/schema.hpp"

void window_function_in_on() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = select(users.id).from(users.join(posts).on(posts.user_id == users.id));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = select(users.id).from(users.join(posts).on(posts.user_id == row_number().over()));
#endif
}
