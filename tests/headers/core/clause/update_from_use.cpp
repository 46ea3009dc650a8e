// The documented use of <ctql/core/clause/update_from.hpp>, `update(t).set(...).from(source)`, through
// the header that gives update() (core/query/update.hpp, which includes it), with what every user adds:
// a table (support/tables.hpp) and, to see the SQL, core/query/sql.hpp with the dialects whose forms
// differ; for a CTE source, core/query/cte.hpp and core/query/select.hpp. Built in ALL by tests/headers/CMakeLists.txt; the expected SQL is worked out by hand.
#include "ctql/core/clause/update_from.hpp"
#include "ctql/core/query/update.hpp"

#include "ctql/core/dialect/mysql.hpp"
#include "ctql/core/dialect/postgres.hpp"
#include "ctql/core/query/cte.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace update_from_use {

using use_tables::blog::posts;
using use_tables::blog::users;

void from_a_table() {
  auto q = ctql::update(posts).set(posts.title = users.name).from(users).where(users.id == posts.user_id);
  static_assert(ctql::sql<ctql::postgres>(q) ==
                R"(UPDATE "posts" SET "title" = "users"."name" FROM "users" WHERE "users"."id" = "posts"."user_id")");
  static_assert(ctql::sql<ctql::mysql>(q) ==
                "UPDATE `posts`, `users` SET `posts`.`title` = `users`.`name` WHERE `users`.`id` = `posts`.`user_id`");
}

// A CTE in a join: WITH in front on PostgreSQL; on MySQL/MariaDB (no WITH in front of UPDATE) the CTE
// is a derived table holding its WITH, its value bound there, before SET's.
void from_a_join_with_a_cte() {
  auto named = ctql::cte<"named">(ctql::select(users.id).from(users).where(users.name != ""));
  auto q = ctql::update(posts)
               .set(posts.title = "x")
               .from(named.join(users).on(users.id == named[users.id]))
               .where(users.id == posts.user_id);
  static_assert(ctql::sql<ctql::postgres>(q) ==
                R"(WITH "named" AS (SELECT "users"."id" FROM "users" WHERE "users"."name" <> $1) UPDATE "posts" SET "title" = $2 FROM "named" INNER JOIN "users" ON "users"."id" = "named"."id" WHERE "users"."id" = "posts"."user_id")");
  static_assert(ctql::sql<ctql::mysql>(q) ==
                "UPDATE `posts`, (WITH `named` AS (SELECT `users`.`id` FROM `users` WHERE `users`.`name` <> ?) SELECT * FROM `named`) AS `named` INNER JOIN `users` ON `users`.`id` = `named`.`id` SET `posts`.`title` = ? WHERE `users`.`id` = `posts`.`user_id`");
}

}  // namespace update_from_use
