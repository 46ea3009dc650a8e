// Rule: decimals compare only with decimals of the same scale (SQLite stores units of 10^-S).
// CTQL-EXPECT-ERROR: ctql: a ctql::decimal<P, S> compares only with a decimal of the same scale S
// CTQL-EXPECT-FIRST-ERROR: ctql: a ctql::decimal<P, S> compares only
// CTQL-FIX: Compare with a decimal of the same scale S: declare the value as `ctql::decimal<P, S>` with the column's S.
#include "support/more_value_types_schema.hpp"

void decimal_compares_only_with_the_same_scale() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine =
      sql<sqlite>(select(vt_goods.id).from(vt_goods).where(vt_goods.price == decimal<30, 2>{"1.50"}));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(select(vt_goods.id).from(vt_goods).where(vt_goods.price == vt_goods.rate));
#endif
}
