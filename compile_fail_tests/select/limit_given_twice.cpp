// Rule: limit() and offset() are each given once, in either order; a second limit() does not
// compile (LIMIT and OFFSET are one clause inside, so this checks each half on its own).
// CTQL-EXPECT-ERROR: ctql: this clause is already given
// CTQL-FIX: Call limit() (and offset()) once per statement.
#include "support/schema.hpp"

void limit_given_twice() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto both = sql<sqlite>(select(users.id).from(users).offset(5).limit(10));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(select(users.id).from(users).limit(10).offset(5).limit(1));
#endif
}
