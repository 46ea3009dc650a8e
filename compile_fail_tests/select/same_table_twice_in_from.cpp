// Rule: from() and its joins name each table once; a self-join names the second one apart.
// CTQL-EXPECT-ERROR: ctql: from\(\) and its joins name the same table \(or derived table, or CTE\) twice
// CTQL-FIX: Name the second use apart: `constexpr auto boss = users.as<"boss">();` and join `boss`.
#include "support/schema.hpp"

void same_table_twice_in_from() {
  using namespace test;
  using namespace ctql;
  constexpr auto boss = users.as<"boss">();
  [[maybe_unused]] auto ok = sql<sqlite>(select(users.name).from(users.join(boss).on(boss[users.id] == users.id)));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(select(users.name).from(users.join(users).on(users.id == users.id)));
#endif
}
