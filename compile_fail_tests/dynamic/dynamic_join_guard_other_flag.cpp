// Rule: a use of a dynamically joined table is guarded by the join's flag, not another.
// CTQL-EXPECT-ERROR: ctql: a use of a table joined as join\(dynamic\(flag, table\)\) is guarded by another flag than the join.s
// CTQL-EXPECT-ERROR: flag_named<.w., .i., .t., .h., ._., .t., .a., .g., .s.>
// CTQL-FIX: Guard the use with the same `ctql::flag<"...">` the join names, or join the table under that flag.
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void dynamic_join_guard_other_flag() {
  using namespace test;
  using namespace ctql;
  const flag<"with_posts"> with_posts{true};
  const flag<"with_tags"> with_tags{true};
  [[maybe_unused]] auto fine = runtime_sql<sqlite>(select(users.id, dynamic(with_posts, posts.title), dynamic(with_tags, tags.tag))
                                                       .from(users.left_join(dynamic(with_posts, posts)).on(posts.user_id == users.id)
                                                                 .left_join(dynamic(with_tags, tags)).on(tags.post_id == users.id)));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = runtime_sql<sqlite>(select(users.id, dynamic(with_tags, posts.title), dynamic(with_tags, tags.tag))
                                                        .from(users.left_join(dynamic(with_posts, posts)).on(posts.user_id == users.id)
                                                                  .left_join(dynamic(with_tags, tags)).on(tags.post_id == users.id)));
#endif
}
