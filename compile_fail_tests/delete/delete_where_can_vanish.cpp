// Rule: a delete whose where() has only maybe(), dynamic() or or_each() parts does not compile: when
// they are all absent the WHERE is not written, and the delete would take every row ("delete the
// chosen ids" with none chosen). A part that is always there, or in(range), says what is meant.
// CTQL-EXPECT-ERROR: ctql: delete_from\(\)\.where\(\) has only maybe\(\), dynamic\(\) or or_each\(\) parts, so when all are absent it has no condition and would delete every row
// CTQL-FIX: Add a condition that is always there (`users.active == false && users.id == maybe(id)`), or run the delete only when a part is given; `users.id.in(chosen)` with an empty `chosen` deletes nothing.
#include <cstdint>
#include <optional>
#include <vector>

#include "support/schema.hpp"

void delete_where_can_vanish() {
  using namespace test;
  using namespace ctql;
  const std::optional<std::int64_t> id;
  const std::vector<std::int64_t> chosen;
  [[maybe_unused]] auto kept = runtime_sql<sqlite>(delete_from(users).where(users.age > 90 && users.id == maybe(id)));
  [[maybe_unused]] auto listed = runtime_sql<sqlite>(delete_from(users).where(users.id.in(chosen)));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = runtime_sql<sqlite>(delete_from(users).where(users.id == maybe(id)));
  [[maybe_unused]] auto each = runtime_sql<sqlite>(
      delete_from(users).where(or_each(chosen, [](std::int64_t i) { return users.id == i; })));
#endif
}
