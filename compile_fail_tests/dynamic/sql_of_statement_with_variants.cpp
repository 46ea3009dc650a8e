// Rule: sql<D>(q) needs a variant number when q has variants.
// CTQL-EXPECT-ERROR: ctql: this statement has parts present or absent at run time
// CTQL-FIX: Use `ctql::sql<Dialect, V>(q)` for variant V's text, or `ctql::runtime_sql<Dialect>(q)` for the one it
// CTQL-FIX: runs.
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void sql_of_statement_with_variants() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] std::optional<int> age;
  auto q = select(users.id).from(users).where(users.age == maybe(age)); [[maybe_unused]] auto fine = sql<sqlite, 1>(q);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(q);
#endif
}
