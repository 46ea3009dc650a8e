// Rule: set() and insert values cannot take maybe().
// CTQL-EXPECT-ERROR: ctql: set\(\) and insert values cannot take maybe\(\)
// CTQL-FIX: Give set() and insert values a plain value (or std::nullopt for NULL); an assignment that may be missing
// CTQL-FIX: needs its own statement.
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void maybe_in_set() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] std::optional<int> age;
  [[maybe_unused]] auto fine = runtime_sql<sqlite>(update(users).set(users.age = 1).where(users.id > 0 && users.age == maybe(age)));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = runtime_sql<sqlite>(insert_into(users).set(users.name = "a", users.age = maybe(age)));
#endif
}
