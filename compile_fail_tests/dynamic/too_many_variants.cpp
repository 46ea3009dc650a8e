// Rule: a statement has at most 1024 variants.
// CTQL-EXPECT-ERROR: ctql: this statement has more than 1024 variants
// CTQL-FIX: Split the statement, or group conditions that go together under one `dynamic(flag, a && b)`, to stay within
// CTQL-FIX: 1024 variants.
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void too_many_variants() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] std::optional<int> age;
  auto c = users.age == maybe(age); [[maybe_unused]] auto fine = runtime_sql<sqlite>(select(users.id).from(users).where(c && c && c && c && c && c && c && c && c && c));
#ifdef CTQL_COMPILE_FAIL
  auto c2 = users.age == maybe(age); [[maybe_unused]] auto wrong = runtime_sql<sqlite>(select(users.id).from(users).where(c2 && c2 && c2 && c2 && c2 && c2 && c2 && c2 && c2 && c2 && c2));
#endif
}
