// Rule: round()'s digits are an integer.
// CTQL-EXPECT-ERROR: ctql: round\(x, digits\) takes an integer number of digits
// CTQL-FIX: Give round(x, digits) an integer number of digits: `round(x, 2)`.
#include <string>

#include "support/schema.hpp"

void round_given_double_digits() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = round(samples.ratio, 2);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = round(samples.ratio, 2.5);
#endif
}
