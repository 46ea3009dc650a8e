// Rule: every arg<name> of a prepared call names a param<> of the statement.
// CTQL-EXPECT-ERROR: ctql: an arg<name> names no param<> of this prepared statement
// CTQL-EXPECT-FIRST-ERROR: ctql: an arg<name> names no param<> of this prepared statement
// CTQL-FIX: Spell arg<name> as one of the statement's param<name> placeholders.
#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

void prepared_statement_given_unknown_argument_name(ctql::sqlite::connection& db) {
  using namespace test;
  auto rename = db.prepare(ctql::update(users).set(users.name = ctql::param<"new">).where(users.name == ctql::param<"old">));
  [[maybe_unused]] auto right = rename(ctql::arg<"new">("Alan"), ctql::arg<"old">("Al"));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = rename(ctql::arg<"new">("Alan"), ctql::arg<"olf">("Al"));
#endif
}
