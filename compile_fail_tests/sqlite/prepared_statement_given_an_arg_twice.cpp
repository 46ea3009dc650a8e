// Rule: a prepared call gives each param<> one value; two for the same name would leave the
// reader guessing which one is bound.
// CTQL-EXPECT-ERROR: ctql: this call gives the same arg<name> twice; give it once
// CTQL-EXPECT-FIRST-ERROR: ctql: this call gives the same arg<name> twice
// CTQL-FIX: Give each arg<name> once per call.
#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

void prepared_statement_given_an_arg_twice(ctql::sqlite::connection& db) {
  using namespace test;
  auto find = db.prepare(ctql::select(users.name).from(users).where(users.age >= ctql::param<"min_age">));
  [[maybe_unused]] auto right = find(ctql::arg<"min_age">(18)).all();
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = find(ctql::arg<"min_age">(18), ctql::arg<"min_age">(21)).all();
#endif
}
