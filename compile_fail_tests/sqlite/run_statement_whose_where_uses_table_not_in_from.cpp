// Rule: whole-statement rules fire where the statement is run, on the user's line.
// CTQL-EXPECT-ERROR: ctql: where\(\) uses a column whose table is not in from\(\)
// CTQL-EXPECT-ERROR: posts_t
// CTQL-FIX: Add the column's table to from() or join() it before running the statement.
#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

void run_statement_whose_where_uses_table_not_in_from(ctql::sqlite::connection& db) {
  using namespace test;
  [[maybe_unused]] auto right = db(ctql::select(users.name).from(users).where(users.age > 3)).all();
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = db(ctql::select(users.name).from(users).where(posts.id > 3)).all();
#endif
}
