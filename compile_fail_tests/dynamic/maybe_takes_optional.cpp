// Rule: maybe() takes a std::optional.
// CTQL-EXPECT-ERROR: ctql: maybe\(\) takes a std::optional<T>
// CTQL-FIX: Pass maybe() a `std::optional<T>`; for a value that is always there, use the value itself.
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void maybe_takes_optional() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] std::optional<int> age;
  [[maybe_unused]] auto fine = runtime_sql<sqlite>(select(users.id).from(users).where(users.age == maybe(age)));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = users.age == maybe(18);
#endif
}
