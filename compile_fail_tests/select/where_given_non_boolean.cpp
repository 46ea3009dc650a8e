// Rule: where() needs a boolean condition; an int column is not one.
// CTQL-EXPECT-ERROR: ctql: where\(\) needs a boolean condition
// CTQL-FIX: Give where() a condition: `where(users.age > 18)`, not `where(users.age)`.
#include "support/schema.hpp"

void where_given_non_boolean() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto adults = select(users.name).from(users).where(users.age >= 18);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = select(users.name).from(users).where(users.age);
#endif
}
