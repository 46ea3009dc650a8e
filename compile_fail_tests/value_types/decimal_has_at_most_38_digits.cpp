// Rule: a decimal has 1 to 38 digits.
// CTQL-EXPECT-ERROR: ctql: decimal<P, S> has 1 to 38 digits
// CTQL-FIX: Declare `ctql::decimal<P, S>` with P from 1 to 38 and S from 0 to P.
#include <ctql/core/schema/decimal.hpp>

void decimal_has_at_most_38_digits() {
  [[maybe_unused]] ctql::decimal<38, 0> fine{"1"};
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] ctql::decimal<39, 0> wrong{"1"};
#endif
}
