// Rule: prepared arguments follow the assignment rules: a double does not silently truncate into
// an integer parameter.
// CTQL-EXPECT-ERROR: ctql: this argument's type does not fit its param<>
// CTQL-EXPECT-ERROR: double
// CTQL-EXPECT-FIRST-ERROR: ctql: this argument's type does not fit its param<>
// CTQL-FIX: Pass an integer for an integer parameter (convert and round the double yourself if that is meant).
#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

void prepared_statement_given_double_for_integer(ctql::sqlite::connection& db) {
  using namespace test;
  auto find = db.prepare(ctql::select(users.name).from(users).where(users.age >= ctql::param<"min_age">));
  [[maybe_unused]] auto right = find(17).all();
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = find(17.9).all();
#endif
}
