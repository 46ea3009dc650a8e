// The documented use of <ctql/core/clause/dynamic_join.hpp>: a join made only when a ctql::flag is
// on, and the parts that use its table under the same flag, each variant with its SQL. The header
// comes first, then a table (support/tables.hpp), the statement, core/query/sql.hpp with one
// dialect. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/clause/dynamic_join.hpp"

#include "ctql/core/dialect/postgres.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace dynamic_join_use {

using use_tables::blog::posts;
using use_tables::blog::users;

void titles(bool show_posts) {
  const ctql::flag<"with_posts"> with_posts{show_posts};
  auto q = ctql::select(users.name, ctql::dynamic(with_posts, posts.title))
               .from(users.left_join(ctql::dynamic(with_posts, posts)).on(posts.user_id == users.id))
               .where(users.age > 3 && ctql::dynamic(with_posts, posts.title != ""));
  static_assert(ctql::variant_count(q) == 2);
  static_assert(ctql::sql<ctql::postgres, 0>(q) == R"(SELECT "users"."name", NULL FROM "users" WHERE "users"."age" > $1)");
  static_assert(ctql::sql<ctql::postgres, 1>(q) ==
                R"(SELECT "users"."name", "posts"."title" FROM "users" LEFT OUTER JOIN "posts" ON "posts"."user_id" = "users"."id" WHERE ("users"."age" > $1) AND ("posts"."title" <> $2))");
}

}  // namespace dynamic_join_use
