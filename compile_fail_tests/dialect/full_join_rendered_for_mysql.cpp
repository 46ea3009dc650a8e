// Rule: MySQL has no FULL OUTER JOIN, so rendering one for ctql::mysql does not compile; the same
// statement renders for PostgreSQL and SQLite.
// CTQL-EXPECT-ERROR: ctql: MySQL has no FULL OUTER JOIN
// CTQL-FIX: On MySQL/MariaDB write the FULL JOIN as a LEFT JOIN `union_distinct` a RIGHT JOIN (or `union_all` of the
// CTQL-FIX: left join and the unmatched right rows).
#include "support/schema.hpp"

void full_join_rendered_for_mysql() {
  using namespace test;
  using namespace ctql;
  auto q = select(users.name, posts.title).from(users.full_join(posts).on(posts.user_id == users.id));
  [[maybe_unused]] auto for_postgres = sql<postgres>(q);
  [[maybe_unused]] auto for_sqlite = sql<sqlite>(q);
  auto left = select(users.name, posts.title).from(users.left_join(posts).on(posts.user_id == users.id));
  [[maybe_unused]] auto for_mysql = sql<mysql>(left);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<mysql>(q);
#endif
}
