// Rule: one_of() in select() needs items of one value type.
// CTQL-EXPECT-ERROR: ctql: one_of\(i, items...\) in select\(\) needs items of one value type
// CTQL-FIX: Give one_of() in select() items of one value type (cast<T>() the others), or select them as separate
// CTQL-FIX: dynamic() items.
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void select_one_of_mixed_types() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] std::optional<int> age;
  [[maybe_unused]] auto fine = runtime_sql<sqlite>(select(one_of(1, users.id, users.id + 1)).from(users));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = runtime_sql<sqlite>(select(one_of(1, users.id, users.name)).from(users));
#endif
}
