// Rule: a select used as a value (a scalar subquery) selects exactly one column.
// CTQL-EXPECT-ERROR: ctql: a subquery used as a value \(a scalar subquery\) must select exactly one column
// CTQL-FIX: Select exactly one column in a subquery used as a value; test rows with exists() or in() instead.
#include "support/schema.hpp"

void scalar_subquery_with_two_columns() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto one = sql<sqlite>(select(users.name).from(users).where(users.age > select(max(users.age)).from(users)));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto two = sql<sqlite>(select(users.name).from(users).where(users.age > select(users.age, users.id).from(users)));
#endif
}
