// Rule: where() uses a dynamically joined table only under its flag.
// CTQL-EXPECT-ERROR: ctql: a table joined as join\(dynamic\(flag, table\)\) is used outside dynamic\(flag, \.\.\.\) with that flag
// CTQL-FIX: Write the condition as `dynamic(f, condition)` with the join's flag, so it drops out when the join does.
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void dynamic_join_where_unguarded() {
  using namespace test;
  using namespace ctql;
  const flag<"with_posts"> with_posts{true};
  [[maybe_unused]] auto fine = runtime_sql<sqlite>(select(users.id)
                                                       .from(users.join(dynamic(with_posts, posts)).on(posts.user_id == users.id))
                                                       .where(users.age > 3 && dynamic(with_posts, posts.title == "x")));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = runtime_sql<sqlite>(select(users.id)
                                                        .from(users.join(dynamic(with_posts, posts)).on(posts.user_id == users.id))
                                                        .where(users.age > 3 && posts.title == "x"));
#endif
}
