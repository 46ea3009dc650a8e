// Rule: MariaDB has no ON CONFLICT DO NOTHING; ctql writes do_nothing() as a no-op ON DUPLICATE
// KEY UPDATE, whose RETURNING would give the existing row where SQLite and PostgreSQL give none.
// So on_conflict(...).do_nothing().returning(...) does not compile for ctql::mariadb, here where it
// is run (do_update(...).returning(...) runs).
// CTQL-EXPECT-ERROR: ctql: on MariaDB, do_nothing\(\) is a no-op ON DUPLICATE KEY UPDATE, so returning\(\) after it would give the existing row
// CTQL-FIX: On MariaDB use `do_update(...)` with `returning()`, or drop `returning()` and select the row after the
// CTQL-FIX: insert.
#include <ctql/mariadb.hpp>

#include "support/schema.hpp"

void do_nothing_returning_run_on_mariadb(ctql::mariadb::connection& db) {
  using namespace test;
  auto base = ctql::insert_into(users).set(users.name = "A", users.email = "a@x");
  db(base.on_conflict(users.email).do_update(users.name = ctql::excluded(users.name)).returning(users.id)).all();
  using kept = decltype(base.on_conflict(users.email).do_nothing().returning(users.id));
  static_assert(!ctql::sql<ctql::sqlite, kept>().empty());
#ifdef CTQL_COMPILE_FAIL
  db(base.on_conflict(users.email).do_nothing().returning(users.id));
#endif
}
