// Rule: avg() of a decimal is refused (not exact, and each database rounds it its own way).
// CTQL-EXPECT-ERROR: ctql: avg\(\) of a ctql::decimal is not exact
// CTQL-EXPECT-FIRST-ERROR: ctql: avg\(\) of a ctql::decimal
// CTQL-FIX: Select `sum(x)` and `count(x)` and divide in C++, choosing how to round the quotient.
#include "support/more_value_types_schema.hpp"

void decimal_has_no_avg() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = sql<sqlite>(select(sum(vt_goods.price), count(vt_goods.price)).from(vt_goods));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(select(avg(vt_goods.price)).from(vt_goods));
#endif
}
