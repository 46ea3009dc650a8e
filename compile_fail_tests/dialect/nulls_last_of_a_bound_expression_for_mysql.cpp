// Rule: MySQL has no NULLS FIRST/LAST; ctql writes `x IS NULL, x ASC`, which repeats x, so an
// expression that binds a value cannot take nulls_last() there (its value would be bound once for
// two placeholders). The same item renders on PostgreSQL and SQLite, and a column's does on MySQL.
// CTQL-EXPECT-ERROR: ctql: MySQL has no NULLS FIRST/LAST, so ctql writes x IS NULL, x ASC
// CTQL-FIX: For MySQL order by a column or an expression without C++ values (or param<>) when using
// CTQL-FIX: nulls_first()/nulls_last(), or drop nulls_last().
#include "support/schema.hpp"

void nulls_last_of_a_bound_expression_for_mysql() {
  using namespace test;
  using namespace ctql;
  auto q = select(users.id).from(users).order_by((users.age + 1).asc().nulls_last());
  [[maybe_unused]] auto for_postgres = sql<postgres>(q);
  [[maybe_unused]] auto for_sqlite = sql<sqlite>(q);
  [[maybe_unused]] auto column_for_mysql = sql<mysql>(select(users.id).from(users).order_by(users.age.asc().nulls_last()));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<mysql>(q);
#endif
}
