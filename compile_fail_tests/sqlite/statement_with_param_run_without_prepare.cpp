// Rule: a statement with param<> placeholders has no values for them; it runs through prepare().
// CTQL-EXPECT-ERROR: ctql: this statement has param<> placeholders; run it with db\.prepare
// CTQL-EXPECT-FIRST-ERROR: ctql: this statement has param<> placeholders
// CTQL-FIX: Prepare the statement and call it with the values: `db.prepare(q)(args...)`; or write the values into the
// CTQL-FIX: statement instead of param<>.
#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

void statement_with_param_run_without_prepare(ctql::sqlite::connection& db) {
  using namespace test;
  auto q = ctql::select(users.name).from(users).where(users.age >= ctql::param<"min_age">);
  [[maybe_unused]] auto right = db.prepare(q)(18).all();
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = db(q).all();
#endif
}
