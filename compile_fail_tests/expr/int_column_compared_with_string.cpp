// Rule: a comparison needs values of compatible types; an int column does not compare with a string.
// CTQL-EXPECT-ERROR: ctql: cannot compare values of incompatible types
// CTQL-FIX: Compare with a value of the column's type: `users.age == 30`, not `users.age == "30"`.
#include "support/schema.hpp"

void int_column_compared_with_string() {
  using namespace test;
  [[maybe_unused]] auto adult = users.age == 30;
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = users.age == "x";
#endif
}
