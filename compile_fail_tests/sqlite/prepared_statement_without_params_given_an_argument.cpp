// Rule: a prepared statement without param<> placeholders is called with no values; a value
// given to it would be bound to nothing.
// CTQL-EXPECT-ERROR: ctql: this prepared statement has no param<>; call it with no arguments
// CTQL-EXPECT-FIRST-ERROR: ctql: this prepared statement has no param<>
// CTQL-FIX: Call a statement without param<> with no arguments: `stmt()`.
#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

void prepared_statement_without_params_given_an_argument(ctql::sqlite::connection& db) {
  using namespace test;
  auto everyone = db.prepare(ctql::select(users.name).from(users));
  [[maybe_unused]] auto right = everyone().all();
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = everyone(18).all();
#endif
}
