// The documented use of <ctql/core/clause/where.hpp>: `.where(cond)` on select, update and delete, and `.unconditionally()`.
// The clause's header comes first, so it cannot lean on the others; then what any user of it has:
// the statement it belongs to, a table (support/tables.hpp, shared by the uses, which includes only
// core/schema/table.hpp, with the operators a column takes) and, to see the SQL,
// core/query/sql.hpp with one dialect. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/clause/where.hpp"

#include "ctql/core/dialect/postgres.hpp"
#include "ctql/core/query/delete.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "ctql/core/query/update.hpp"
#include "support/tables.hpp"

namespace where_use {

using use_tables::blog::posts;
using use_tables::blog::users;

void where() {
  auto q = ctql::select(users.id).from(users).where(users.age >= 18);
  static_assert(ctql::sql<ctql::postgres>(q) == R"(SELECT "users"."id" FROM "users" WHERE "users"."age" >= $1)");
  auto u = ctql::update(users).set(users.age = 0).where(users.name == "x");
  static_assert(ctql::sql<ctql::postgres>(u) == R"(UPDATE "users" SET "age" = $1 WHERE "users"."name" = $2)");
  auto d = ctql::delete_from(posts).where(posts.user_id != 3);
  static_assert(ctql::sql<ctql::postgres>(d) == R"(DELETE FROM "posts" WHERE "posts"."user_id" <> $1)");
}

void unconditionally() {
  auto d = ctql::delete_from(posts).unconditionally();
  static_assert(ctql::sql<ctql::postgres>(d) == R"(DELETE FROM "posts")");
}

}  // namespace where_use
