// Rule: a prepared call gives every param<> a value; a forgotten one is not bound as NULL.
// CTQL-EXPECT-ERROR: ctql: this call gives no arg<name> for one param<> of the prepared statement
// CTQL-EXPECT-FIRST-ERROR: ctql: this call gives no arg<name> for one param<> of the prepared statement
// CTQL-FIX: Give every param<> a value in the call: `stmt(arg<"a">(1), arg<"b">(std::nullopt))`.
#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

void prepared_statement_call_misses_an_argument(ctql::sqlite::connection& db) {
  using namespace test;
  auto rename = db.prepare(ctql::update(users).set(users.name = ctql::param<"new">).where(users.name == ctql::param<"old">));
  [[maybe_unused]] auto right = rename(ctql::arg<"new">("Alan"), ctql::arg<"old">("Al"));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = rename(ctql::arg<"new">("Alan"));
#endif
}
