// Rule: a prepared statement with one param<> takes one value; a second would be bound to nothing.
// CTQL-EXPECT-ERROR: ctql: this prepared statement has one param<>; call it with one value
// CTQL-EXPECT-FIRST-ERROR: ctql: this prepared statement has one param<>
// CTQL-FIX: Call a statement with one param<> with one value (or one arg<name>(value)).
#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

void prepared_statement_with_one_param_given_two_values(ctql::sqlite::connection& db) {
  using namespace test;
  auto find = db.prepare(ctql::select(users.name).from(users).where(users.age >= ctql::param<"min_age">));
  [[maybe_unused]] auto right = find(18).all();
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = find(18, 65).all();
#endif
}
