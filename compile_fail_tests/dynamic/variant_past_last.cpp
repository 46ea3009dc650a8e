// Rule: sql<D, V>(q): V below variant_count(q).
// CTQL-EXPECT-ERROR: ctql: sql<Dialect, V>\(statement\): V is past the statement.s last variant
// CTQL-FIX: Give `ctql::sql<Dialect, V>(q)` a V below `ctql::variant_count(q)`.
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void variant_past_last() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] std::optional<int> age;
  auto q = select(users.id).from(users).where(users.age == maybe(age)); [[maybe_unused]] auto fine = sql<sqlite, 1>(q);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite, 2>(q);
#endif
}
