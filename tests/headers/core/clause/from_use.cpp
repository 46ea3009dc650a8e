// The documented use of <ctql/core/clause/from.hpp>: `.from(users)`, `.from(users.join(posts).on(cond))`, `.from(alias)`.
// The clause's header comes first, so it cannot lean on the others; then what any user of it has:
// the statement it belongs to, a table (support/tables.hpp, shared by the uses, which includes only
// core/schema/table.hpp, with the operators a column takes) and, to see the SQL,
// core/query/sql.hpp with one dialect. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/clause/from.hpp"

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace from_use {

using use_tables::blog::posts;
using use_tables::blog::users;

void from() {
  auto table = ctql::select(users.name).from(users);
  static_assert(ctql::sql<ctql::sqlite>(table) == R"(SELECT "users"."name" FROM "users")");
  auto joined = ctql::select(posts.title).from(users.join(posts).on(posts.user_id == users.id));
  static_assert(ctql::sql<ctql::sqlite>(joined) ==
                R"(SELECT "posts"."title" FROM "users" INNER JOIN "posts" ON "posts"."user_id" = "users"."id")");
  constexpr auto writer = users.as<"writer">();
  auto aliased = ctql::select(writer[users.name]).from(writer);
  static_assert(ctql::sql<ctql::sqlite>(aliased) == R"(SELECT "writer"."name" FROM "users" AS "writer")");
}

}  // namespace from_use
