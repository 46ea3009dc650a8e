// Rule: excluded(column) is the value an insert proposed; it exists only inside do_update().
// CTQL-EXPECT-ERROR: ctql: a value in insert_into\(\)\.set\(\) cannot read a column
// CTQL-FIX: Use `excluded(column)` only inside `.on_conflict(...).do_update(...)`; in set() give a value or a param<>.
#include "support/schema.hpp"

void excluded_outside_do_update() {
  using namespace test;
  using namespace ctql;
  auto right = insert_into(users).set(users.name = "A", users.email = "e").on_conflict(users.email).do_update(users.name = excluded(users.name));
  static_assert(!sql<sqlite>(right).empty());
#ifdef CTQL_COMPILE_FAIL
  auto wrong = insert_into(users).set(users.name = excluded(users.name));
  static_assert(!sql<sqlite>(wrong).empty());
#endif
}
