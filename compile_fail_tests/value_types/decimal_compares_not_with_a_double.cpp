// Rule: a decimal column does not compare with a double (it is not exact).
// CTQL-EXPECT-ERROR: ctql: a ctql::decimal<P, S> compares only with a decimal of the same scale S \(not with a double
// CTQL-EXPECT-FIRST-ERROR: ctql: a ctql::decimal<P, S> compares only
// CTQL-FIX: Compare with a `ctql::decimal<P, S>{"12.50"}` of the column's scale, or with an integer.
#include "support/more_value_types_schema.hpp"

void decimal_compares_not_with_a_double() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine =
      sql<sqlite>(select(vt_goods.id).from(vt_goods).where(vt_goods.price > decimal<12, 2>{"1.50"}));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(select(vt_goods.id).from(vt_goods).where(vt_goods.price > 1.5));
#endif
}
