// Golden SQL of order_by() items with NULLS FIRST / NULLS LAST: keywords on SQLite and
// PostgreSQL, an `x IS NULL` key before the item on MySQL/MariaDB (which have no keywords).
#include <catch2/catch.hpp>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

TEST_CASE("asc().nulls_last() and desc().nulls_first()", "[select][nulls_order]") {
  auto q = select(users.id).from(users).order_by(users.email.asc().nulls_last(), users.age.desc().nulls_first());
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT "users"."id" FROM "users" ORDER BY "users"."email" ASC NULLS LAST, "users"."age" DESC NULLS FIRST)");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT "users"."id" FROM "users" ORDER BY "users"."email" ASC NULLS LAST, "users"."age" DESC NULLS FIRST)");
  // IS NULL is 0 for a value and 1 for NULL: ascending puts NULLs last, descending first.
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT `users`.`id` FROM `users` ORDER BY `users`.`email` IS NULL, `users`.`email` ASC, "
                 "`users`.`age` IS NULL DESC, `users`.`age` DESC");
}

TEST_CASE("asc().nulls_first() and desc().nulls_last()", "[select][nulls_order]") {
  auto q = select(users.id).from(users).order_by(users.email.asc().nulls_first(), users.email.desc().nulls_last());
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT "users"."id" FROM "users" ORDER BY "users"."email" ASC NULLS FIRST, "users"."email" DESC NULLS LAST)");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT "users"."id" FROM "users" ORDER BY "users"."email" ASC NULLS FIRST, "users"."email" DESC NULLS LAST)");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT `users`.`id` FROM `users` ORDER BY `users`.`email` IS NULL DESC, `users`.`email` ASC, "
                 "`users`.`email` IS NULL, `users`.`email` DESC");
}

TEST_CASE("nulls_last() on an expression parenthesizes its key", "[select][nulls_order]") {
  auto q = select(users.id).from(users).order_by((users.age * users.age).desc().nulls_last());
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT "users"."id" FROM "users" ORDER BY ("users"."age" * "users"."age") DESC NULLS LAST)");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT `users`.`id` FROM `users` ORDER BY (`users`.`age` * `users`.`age`) IS NULL, "
                 "(`users`.`age` * `users`.`age`) DESC");
}

TEST_CASE("an item without nulls_first()/nulls_last() is written as before", "[select][nulls_order]") {
  auto q = select(users.id).from(users).order_by(users.email.asc(), users.age.desc());
  STATIC_REQUIRE(sql<mysql>(q) == "SELECT `users`.`id` FROM `users` ORDER BY `users`.`email` ASC, `users`.`age` DESC");
}

TEST_CASE("nulls_last() with a bound value in its key binds it once where the keywords exist", "[select][nulls_order]") {
  auto q = select(users.id).from(users).order_by((users.age + 1).asc().nulls_last());
  STATIC_REQUIRE(sql<postgres>(q) == R"(SELECT "users"."id" FROM "users" ORDER BY ("users"."age" + $1) ASC NULLS LAST)");
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT "users"."id" FROM "users" ORDER BY ("users"."age" + ?) ASC NULLS LAST)");
}
