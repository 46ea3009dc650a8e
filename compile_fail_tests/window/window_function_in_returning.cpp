// Rule: returning() cannot give a window function.
// CTQL-EXPECT-ERROR: ctql: returning\(\) cannot give a window function
// CTQL-FIX: Return the columns, then select the window function over them afterwards.
#include "support/schema.hpp"

void window_function_in_returning() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = delete_from(users).where(users.age > 90).returning(users.id);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = delete_from(users).where(users.age > 90).returning(count().over());
#endif
}
