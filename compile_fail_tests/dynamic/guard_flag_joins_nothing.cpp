// Rule: dynamic(flag, x) with a ctql::flag names the flag of a dynamic join of the statement.
// CTQL-EXPECT-ERROR: ctql: dynamic\(flag, x\) with a ctql::flag guards a use of a table joined as join\(dynamic\(flag, table\)\), and this statement joins no table under that flag
// CTQL-FIX: Use the flag of a `join(dynamic(f, table))` in this statement, or use `dynamic(bool, x)` for a part that depends on no join.
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void guard_flag_joins_nothing() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] const flag<"with_posts"> with_posts{true};
  [[maybe_unused]] auto fine = runtime_sql<sqlite>(select(users.id, dynamic(true, users.email)).from(users));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = runtime_sql<sqlite>(select(users.id, dynamic(with_posts, users.email)).from(users));
#endif
}
