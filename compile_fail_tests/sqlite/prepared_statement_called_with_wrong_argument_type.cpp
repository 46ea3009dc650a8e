// Rule: a prepared statement's arguments are typed by where each param<> is used;
// find("x") for an int parameter does not compile, with a ctql: message at the call.
// CTQL-EXPECT-ERROR: ctql: this argument's type does not fit its param<>
// CTQL-EXPECT-ERROR: char ?\[2\]
// CTQL-EXPECT-FIRST-ERROR: ctql: this argument's type does not fit its param<>
// CTQL-FIX: Pass a value of the parameter's column type: `find(18)` for an int column, not `find("x")`.
#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

void prepared_statement_called_with_wrong_argument_type(ctql::sqlite::connection& db) {
  using namespace test;
  auto find = db.prepare(ctql::select(users.name).from(users).where(users.age >= ctql::param<"min_age">));
  [[maybe_unused]] auto right = find(18).all();
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = find("x").all();
#endif
}
