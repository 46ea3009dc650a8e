// Rule: a later join whose on() uses a dynamically joined table is under the same flag.
// CTQL-EXPECT-ERROR: ctql: a table joined as join\(dynamic\(flag, table\)\) is used outside dynamic\(flag, \.\.\.\) with that flag
// CTQL-EXPECT-ERROR: table_named<.p., .o., .s., .t., .s.>
// CTQL-FIX: Join the later table under the same flag too (`join(dynamic(f, other))`), or do not use the optional table in its `on()`.
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void dynamic_join_table_in_later_on() {
  using namespace test;
  using namespace ctql;
  const flag<"with_posts"> with_posts{true};
  [[maybe_unused]] auto fine = runtime_sql<sqlite>(
      select(users.id).from(users.left_join(dynamic(with_posts, posts)).on(posts.user_id == users.id)
                                .left_join(dynamic(with_posts, tags)).on(tags.post_id == posts.id)));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = runtime_sql<sqlite>(
      select(users.id).from(users.left_join(dynamic(with_posts, posts)).on(posts.user_id == users.id)
                                .left_join(tags).on(tags.post_id == posts.id)));
#endif
}
