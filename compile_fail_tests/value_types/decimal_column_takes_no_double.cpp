// Rule: a decimal column is not set from a double.
// CTQL-EXPECT-ERROR: ctql: a ctql::decimal<P, S> column takes only a decimal of the same scale S \(not a double
// CTQL-EXPECT-FIRST-ERROR: ctql: a ctql::decimal<P, S> column takes only
// CTQL-FIX: Assign a `ctql::decimal<P, S>{"12.50"}` (or an integer), not a double.
#include "support/more_value_types_schema.hpp"

void decimal_column_takes_no_double() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = sql<sqlite>(update(vt_goods).set(vt_goods.price = decimal<12, 2>{"9.99"}).unconditionally());
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(update(vt_goods).set(vt_goods.price = 9.99).unconditionally());
#endif
}
