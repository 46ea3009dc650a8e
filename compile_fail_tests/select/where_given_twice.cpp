// Rule: a statement has one where(); conditions combine with &&.
// CTQL-EXPECT-ERROR: ctql: this clause is already given; combine conditions with &&
// CTQL-FIX: Call where() once and combine conditions with &&: `.where(a && b)`.
#include "support/schema.hpp"

void where_given_twice() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto both =
      select(users.name).from(users).where(users.age >= 18 && users.name.like("A%"));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong =
      select(users.name).from(users).where(users.age >= 18).where(users.name.like("A%"));
#endif
}
