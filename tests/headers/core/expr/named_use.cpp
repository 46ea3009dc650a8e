// The documented use of <ctql/core/expr/named.hpp>: `count(posts.id).as<"post_count">()`: a select-list item with a name.
// The expression's header comes first, so it cannot lean on the others; then what any user of it
// has: a table (support/tables.hpp, shared by the uses, which includes only core/schema/table.hpp,
// with the operators a column takes), a statement to put the expression in
// (core/query/select.hpp) and, to see the SQL, core/query/sql.hpp with one dialect.
// Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/expr/named.hpp"

#include "ctql/core/function/aggregate.hpp"

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace named_use {

using use_tables::scored::posts;
using use_tables::scored::users;

void named() {
  auto q = ctql::select(users.name.as<"who">(), (users.age + 1).as<"next">()).from(users);
  static_assert(ctql::sql<ctql::sqlite>(q) == R"(SELECT "users"."name" AS "who", ("users"."age" + ?) AS "next" FROM "users")");
  auto counted = ctql::select(posts.user_id, ctql::count(posts.id).as<"post_count">()).from(posts).group_by(posts.user_id);
  static_assert(ctql::sql<ctql::sqlite>(counted) ==
                R"(SELECT "posts"."user_id", COUNT("posts"."id") AS "post_count" FROM "posts" GROUP BY "posts"."user_id")");
  // Ordering by a named item writes its name.
  constexpr auto n = ctql::count(posts.id).as<"n">();
  auto ordered = ctql::select(posts.user_id, n).from(posts).group_by(posts.user_id).order_by(n.desc());
  static_assert(ctql::sql<ctql::sqlite>(ordered) ==
                R"(SELECT "posts"."user_id", COUNT("posts"."id") AS "n" FROM "posts" GROUP BY "posts"."user_id" ORDER BY "n" DESC)");
}

}  // namespace named_use
