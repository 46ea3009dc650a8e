// Rule: a prepared statement with several param<> is called with named arguments, in any order;
// a positional call (`rename("old", "new")`) would swap the values silently.
// CTQL-EXPECT-ERROR: ctql: this prepared statement has several param<> placeholders; pass each by name
// CTQL-EXPECT-FIRST-ERROR: ctql: this prepared statement has several param<> placeholders; pass each by name
// CTQL-FIX: Pass each value by name, in any order: `rename(arg<"old">("Al"), arg<"new">("Alan"))`.
#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

void prepared_statement_with_two_params_called_positionally(ctql::sqlite::connection& db) {
  using namespace test;
  auto rename = db.prepare(ctql::update(users).set(users.name = ctql::param<"new">).where(users.name == ctql::param<"old">));
  [[maybe_unused]] auto right = rename(ctql::arg<"old">("Al"), ctql::arg<"new">("Alan"));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = rename("Al", "Alan");
#endif
}
