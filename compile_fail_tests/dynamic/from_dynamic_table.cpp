// Rule: dynamic(flag, table) is the right side of a join, not from().
// CTQL-EXPECT-ERROR: ctql: dynamic\(flag, table\) is the right side of a join, present when the flag is on
// CTQL-FIX: Put the table in `from()` as it is, and make only a joined table optional: `from(users.left_join(dynamic(f, posts)).on(...))`.
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void from_dynamic_table() {
  using namespace test;
  using namespace ctql;
  const flag<"with_posts"> with_posts{true};
  [[maybe_unused]] auto fine = select(users.id).from(users.left_join(dynamic(with_posts, posts)).on(posts.user_id == users.id));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = select(posts.id).from(dynamic(with_posts, posts));
#endif
}
