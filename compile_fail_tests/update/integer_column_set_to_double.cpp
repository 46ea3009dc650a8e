// Rule: an integer column does not take a floating-point value (it would be truncated); a double
// column takes an integer.
// CTQL-EXPECT-ERROR: ctql: cannot assign this value to the column: the types are incompatible
// CTQL-FIX: Assign an integer to an integer column (round it yourself), or make the column double.
#include "support/schema.hpp"

void integer_column_set_to_double() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto whole = update(users).set(users.age = 30).where(users.id == 7);
  [[maybe_unused]] auto widened = update(samples).set(samples.ratio = 3).where(samples.id == 7);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = update(users).set(users.age = 30.5).where(users.id == 7);
#endif
}
