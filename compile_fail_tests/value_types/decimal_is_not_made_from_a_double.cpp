// Rule: a ctql::decimal is made from text or an integer, not from a double.
// CTQL-EXPECT-ERROR: ctql: a ctql::decimal is not made from a double \(it is not exact
// CTQL-FIX: Build it from text (`ctql::decimal<12, 2>{"1234.50"}`) or from an integer.
#include <ctql/core/schema/decimal.hpp>

void decimal_is_not_made_from_a_double() {
  [[maybe_unused]] ctql::decimal<12, 2> fine{"0.10"};
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] ctql::decimal<12, 2> wrong{0.1};
#endif
}
