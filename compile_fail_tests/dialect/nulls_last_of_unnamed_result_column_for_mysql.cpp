// Rule: after a set operation, MySQL's emulated NULLS LAST (`x IS NULL` before the key) needs the
// result column's name; an unnamed expression has none, so it is refused for MySQL. The same
// statement renders on PostgreSQL and SQLite (positions with NULLS LAST), and on MySQL once named.
// CTQL-EXPECT-ERROR: ctql: MySQL has no NULLS FIRST/LAST, and after a set operation its x IS NULL key needs the result column's name
// CTQL-FIX: Name the item with `.as<"name">()` in the first select and order by that name (or select a column whose
// CTQL-FIX: name is unique among the result columns).
#include "support/schema.hpp"

void nulls_last_of_unnamed_result_column_for_mysql() {
  using namespace test;
  using namespace ctql;
  auto q = select(users.age * users.age).from(users).union_all(select(posts.id).from(posts))
               .order_by((users.age * users.age).desc().nulls_last());
  [[maybe_unused]] auto for_postgres = sql<postgres>(q);
  [[maybe_unused]] auto for_sqlite = sql<sqlite>(q);
  constexpr auto square = (users.age * users.age).as<"square">();
  [[maybe_unused]] auto named_for_mysql =
      sql<mysql>(select(square).from(users).union_all(select(posts.id).from(posts)).order_by(square.desc().nulls_last()));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<mysql>(q);
#endif
}
