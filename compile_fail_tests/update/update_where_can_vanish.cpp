// Rule: an update whose where() has only maybe(), dynamic() or or_each() parts does not compile: when
// they are all absent the WHERE is not written, and the update would change every row. A part that
// is always there, or in(range), says what is meant.
// CTQL-EXPECT-ERROR: ctql: update\(\)\.where\(\) has only maybe\(\), dynamic\(\) or or_each\(\) parts, so when all are absent it has no condition and would change every row
// CTQL-FIX: Add a condition that is always there (`users.age < 18 && users.name == maybe(name)`), or run the update only when a part is given; `users.id.in(ids)` with an empty `ids` changes nothing.
#include <optional>
#include <string>

#include "support/schema.hpp"

void update_where_can_vanish() {
  using namespace test;
  using namespace ctql;
  const std::optional<std::string> name;
  const bool only_minors = false;
  [[maybe_unused]] auto kept =
      runtime_sql<sqlite>(update(users).set(users.age = 1).where(users.age < 18 && users.name == maybe(name)));
  [[maybe_unused]] auto flagged =
      runtime_sql<sqlite>(update(users).set(users.age = 1).where(users.id == 7 && dynamic(only_minors, users.age < 18)));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = runtime_sql<sqlite>(update(users).set(users.age = 1).where(dynamic(only_minors, users.age < 18)));
#endif
}
