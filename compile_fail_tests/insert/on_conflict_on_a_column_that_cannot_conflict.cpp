// Rule: a conflict happens only on the primary key or a unique column; on_conflict() names one.
// CTQL-EXPECT-ERROR: ctql: on_conflict\(\) takes the table's primary key or a unique column
// CTQL-EXPECT-ERROR: 'u', 's', 'e', 'r', 's', '\.', 'a', 'g', 'e'
// CTQL-FIX: Name the primary key or a `ctql::unique` column in on_conflict() (or make the column unique in the table).
#include "support/schema.hpp"

void on_conflict_on_a_column_that_cannot_conflict() {
  using namespace test;
  [[maybe_unused]] auto right = ctql::insert_into(users).set(users.name = "A").on_conflict(users.email).do_nothing();
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = ctql::insert_into(users).set(users.name = "A").on_conflict(users.age).do_nothing();
#endif
}
