// Rule: every use of a table joined as join(dynamic(flag, table)) is under dynamic(flag, ...) with that flag.
// CTQL-EXPECT-ERROR: ctql: a table joined as join\(dynamic\(flag, table\)\) is used outside dynamic\(flag, \.\.\.\) with that flag
// CTQL-EXPECT-ERROR: table_named<.p., .o., .s., .t., .s.>
// CTQL-FIX: Wrap the column in `dynamic(flag, column)` with the flag object the join uses; it is then `std::optional` and NULL without the join.
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void dynamic_join_column_unguarded() {
  using namespace test;
  using namespace ctql;
  const flag<"with_posts"> with_posts{true};
  [[maybe_unused]] auto fine = runtime_sql<sqlite>(select(users.id, dynamic(with_posts, posts.title))
                                                       .from(users.left_join(dynamic(with_posts, posts)).on(posts.user_id == users.id)));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = runtime_sql<sqlite>(select(users.id, posts.title)
                                                        .from(users.left_join(dynamic(with_posts, posts)).on(posts.user_id == users.id)));
#endif
}
