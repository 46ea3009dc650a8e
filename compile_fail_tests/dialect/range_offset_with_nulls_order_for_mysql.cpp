// Rule: MySQL has no NULLS FIRST/LAST and ctql writes `x IS NULL, x ASC`: two sort keys, but a
// RANGE frame with preceding<N>()/following<N>() needs exactly one. The same window renders on
// PostgreSQL and SQLite, and on MySQL without nulls_last() or with rows_between().
// CTQL-EXPECT-ERROR: ctql: MySQL has no NULLS FIRST/LAST, so ctql writes x IS NULL, x ASC: two sort keys
// CTQL-FIX: For MySQL drop nulls_first()/nulls_last() from the window's order_by(), or use rows_between() instead of
// CTQL-FIX: range_between().
#include "support/schema.hpp"

void range_offset_with_nulls_order_for_mysql() {
  using namespace test;
  using namespace ctql;
  auto q = select(sum(users.age).over(window().order_by(users.age.asc().nulls_last()).range_between(preceding<1>(), current_row())))
               .from(users);
  [[maybe_unused]] auto for_postgres = sql<postgres>(q);
  [[maybe_unused]] auto for_sqlite = sql<sqlite>(q);
  [[maybe_unused]] auto rows_for_mysql = sql<mysql>(
      select(sum(users.age).over(window().order_by(users.age.asc().nulls_last()).rows_between(preceding<1>(), current_row())))
          .from(users));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<mysql>(q);
#endif
}
