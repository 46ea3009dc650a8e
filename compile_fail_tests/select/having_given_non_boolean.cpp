// Rule: having() needs a boolean condition; an aggregate's value is not one.
// CTQL-EXPECT-ERROR: ctql: having\(\) needs a boolean condition
// CTQL-FIX: Give having() a condition: `having(count(posts.id) > 2)`.
#include "support/schema.hpp"

void having_given_non_boolean() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto busy = select(users.name).from(users).group_by(users.name).having(count() > 2);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = select(users.name).from(users).group_by(users.name).having(count());
#endif
}
