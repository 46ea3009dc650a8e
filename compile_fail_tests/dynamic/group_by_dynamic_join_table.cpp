// Rule: group_by() cannot use a dynamically joined table (it takes no dynamic()).
// CTQL-EXPECT-ERROR: ctql: a table joined as join\(dynamic\(flag, table\)\) is used outside dynamic\(flag, \.\.\.\) with that flag
// CTQL-FIX: Group by columns of the tables that are always there, or join the table unconditionally.
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void group_by_dynamic_join_table() {
  using namespace test;
  using namespace ctql;
  const flag<"with_posts"> with_posts{true};
  [[maybe_unused]] auto fine = runtime_sql<sqlite>(select(users.id, dynamic(with_posts, count(posts.id)))
                                                       .from(users.left_join(dynamic(with_posts, posts)).on(posts.user_id == users.id))
                                                       .group_by(users.id));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = runtime_sql<sqlite>(select(users.id, dynamic(with_posts, count(posts.id)))
                                                        .from(users.left_join(dynamic(with_posts, posts)).on(posts.user_id == users.id))
                                                        .group_by(users.id, posts.title));
#endif
}
