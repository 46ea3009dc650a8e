// Rule: limit() and offset() cannot take a window function (it has a value per row).
// CTQL-EXPECT-ERROR: ctql: limit\(\) and offset\(\) cannot take a window function
// CTQL-FIX: Give limit()/offset() an integer or a param<>.
#include "support/schema.hpp"

void window_function_in_limit() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = select(users.id).from(users).order_by(users.id).limit(select(count()).from(users));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = select(users.id).from(users).order_by(users.id).limit(row_number().over());
#endif
}
