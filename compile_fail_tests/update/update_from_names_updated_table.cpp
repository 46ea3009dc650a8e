// Rule: from() of an update names other tables; the updated one is read through an alias.
// CTQL-EXPECT-ERROR: ctql: update\(t\)\.from\(\) names the table it updates
// CTQL-FIX: Read another copy of the updated table through an alias: `.from(users.as<"u2">())`.
#include "support/schema.hpp"

void update_from_names_updated_table() {
  using namespace test;
  using namespace ctql;
  constexpr auto older = users.as<"older">();
  auto fine = update(users).set(users.age = older[users.age]).from(older).where(older[users.id] == users.id + 1);
  [[maybe_unused]] auto text = sql<sqlite>(fine);
#ifdef CTQL_COMPILE_FAIL
  auto same = update(users).set(users.age = 1).from(users).where(users.id == 1);
  [[maybe_unused]] auto wrong = sql<sqlite>(same);
#endif
}
