// Rule: a select() item cannot hold maybe() (it would silently be NULL).
// CTQL-EXPECT-ERROR: ctql: a select\(\) item cannot hold maybe\(\) or or_each\(\)
// CTQL-FIX: Use `dynamic(flag, item)` for an item that is there or not, or `one_of(i, items...)` to choose one.
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void maybe_in_select_item() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] std::optional<int> age;
  [[maybe_unused]] auto fine = runtime_sql<sqlite>(select(dynamic(true, users.age + 1)).from(users));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = runtime_sql<sqlite>(select(users.age + maybe(age)).from(users));
#endif
}
