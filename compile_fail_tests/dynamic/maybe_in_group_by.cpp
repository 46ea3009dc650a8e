// Rule: maybe(), dynamic(), one_of(), or_each() only in where(), having(), select(), order_by().
// CTQL-EXPECT-ERROR: ctql: maybe\(\), dynamic\(\), one_of\(\) and or_each\(\) may be only in where\(\), having\(\), select\(\)
// CTQL-FIX: Keep maybe(), dynamic(), one_of() and or_each() in where(), having(), select() and order_by(); for an
// CTQL-FIX: optional part elsewhere write two statements and choose between them.
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void maybe_in_group_by() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] std::optional<int> age;
  [[maybe_unused]] auto fine = runtime_sql<sqlite>(select(users.age).from(users).group_by(users.age));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = runtime_sql<sqlite>(select(users.age).from(users).group_by(users.age).limit(maybe(age)));
#endif
}
