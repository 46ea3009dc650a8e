// Rule: an engine compiles each statement for every dialect it may pick at run time, so a statement
// one of them cannot run (FULL OUTER JOIN: not on MySQL or MariaDB) does not compile through an
// engine connection, with that dialect's message; one every dialect runs compiles.
// CTQL-EXPECT-ERROR: ctql: MySQL has no FULL OUTER JOIN
// CTQL-FIX: Write the statement so every dialect runs it (a LEFT JOIN ... UNION ... RIGHT JOIN for a FULL JOIN), or use
// CTQL-FIX: the one database's own connection (`ctql::postgres::connect(url)`) instead of an engine.
#include <ctql/engine.hpp>

#include "support/schema.hpp"

void statement_refused_by_one_engine_dialect(ctql::engine_connection& db) {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = db(select(users.name, posts.title).from(users.left_join(posts).on(posts.user_id == users.id))).all();
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = db(select(users.name, posts.title).from(users.full_join(posts).on(posts.user_id == users.id))).all();
#endif
}
