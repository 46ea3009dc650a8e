// Rule: decimals take + - * in SQL, not / (the databases' result scales differ).
// CTQL-EXPECT-ERROR: ctql: a ctql::decimal takes \+ and - with a decimal, and \* with a decimal or an integer; not / or %
// CTQL-EXPECT-FIRST-ERROR: ctql: a ctql::decimal takes
// CTQL-FIX: Read the values and divide in C++, choosing the quotient's scale and rounding (the databases each choose differently).
#include "support/more_value_types_schema.hpp"

void decimal_divides_not() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = sql<sqlite>(select(vt_goods.price * 2).from(vt_goods));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(select(vt_goods.price / 2).from(vt_goods));
#endif
}
