// Rule: .unconditionally() after .where(...) would drop the condition and change every row; it is
// a clause given twice (before the reshape it silently replaced the where()).
// CTQL-EXPECT-ERROR: ctql: this clause is already given
// CTQL-FIX: Write either `.where(condition)` or `.unconditionally()`, not both.
#include "support/schema.hpp"

void where_then_unconditionally() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto some = sql<sqlite>(update(users).set(users.age = 0).where(users.id == 7));
  [[maybe_unused]] auto all = sql<sqlite>(delete_from(users).unconditionally());
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(update(users).set(users.age = 0).where(users.id == 7).unconditionally());
#endif
}
