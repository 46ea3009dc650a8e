// The documented use of <ctql/core/clause/update_from.hpp>, `update(t).set(...).from(source)`, through
// the header that gives update() (core/query/update.hpp, which includes it), with what every user adds:
// a table (support/tables.hpp) and, to see the SQL, core/query/sql.hpp with the dialects whose forms
// differ. Built in ALL by tests/headers/CMakeLists.txt; the expected SQL is worked out by hand.
#include "ctql/core/clause/update_from.hpp"
#include "ctql/core/query/update.hpp"

#include "ctql/core/dialect/mysql.hpp"
#include "ctql/core/dialect/postgres.hpp"
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

}  // namespace update_from_use
