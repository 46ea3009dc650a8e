// Rule: a dynamic join takes a ctql::flag, not a bool.
// CTQL-EXPECT-ERROR: ctql: a dynamic join takes a named flag
// CTQL-FIX: Declare `const ctql::flag<"name"> f{on};` and write `join(dynamic(f, table))`; guards of the table's columns use the same `f`.
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void dynamic_join_needs_flag() {
  using namespace test;
  using namespace ctql;
  const flag<"with_posts"> with_posts{true};
  [[maybe_unused]] auto fine = users.left_join(dynamic(with_posts, posts)).on(posts.user_id == users.id);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = users.left_join(dynamic(true, posts)).on(posts.user_id == users.id);
#endif
}
