// Rule: one param<"name"> is one argument, so it cannot stand where two types are expected.
// CTQL-EXPECT-ERROR: ctql: one param<> name is used where two different types are expected
// CTQL-FIX: Give each use of a different type its own param<> name.
#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

void param_used_with_two_types(ctql::sqlite::connection& db) {
  using namespace test;
  [[maybe_unused]] auto right = db.prepare(ctql::select(users.id).from(users).where(users.age == ctql::param<"v"> || users.id == ctql::param<"w">));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = db.prepare(ctql::select(users.id).from(users).where(users.age == ctql::param<"v"> || users.name == ctql::param<"v">));
#endif
}
