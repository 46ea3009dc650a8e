// Rule: a sum of decimals whose digits could exceed 38 is refused where it is written.
// CTQL-EXPECT-ERROR: ctql: adding these decimals could need more than 38 digits
// CTQL-FIX: Use decimals of fewer digits (a sum needs one more digit than the wider operand), or add in C++.
#include <ctql/core/schema/decimal.hpp>

void decimal_sum_has_at_most_38_digits() {
  [[maybe_unused]] auto fine = ctql::decimal<37, 2>{"1"} + ctql::decimal<37, 2>{"2"};
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = ctql::decimal<38, 2>{"1"} + ctql::decimal<37, 2>{"2"};
#endif
}
