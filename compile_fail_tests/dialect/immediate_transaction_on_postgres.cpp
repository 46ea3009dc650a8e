// Rule: transaction(ctql::immediate) is SQLite's BEGIN IMMEDIATE; PostgreSQL locks rows as they are
// written and has no such transaction, so asking for one does not compile.
// CTQL-EXPECT-ERROR: ctql: transaction\(ctql::immediate\) is SQLite's BEGIN IMMEDIATE
// CTQL-FIX: Use `db.transaction()`: PostgreSQL and MySQL lock rows as they are written; `ctql::immediate` is for SQLite
// CTQL-FIX: only.
#include <ctql/postgres.hpp>
#include <ctql/sqlite.hpp>

void immediate_transaction_on_postgres(ctql::sqlite::connection& lite, ctql::postgres::connection& pg) {
  [[maybe_unused]] auto right = lite.transaction(ctql::immediate);
  [[maybe_unused]] auto plain = pg.transaction();
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = pg.transaction(ctql::immediate);
#endif
}
