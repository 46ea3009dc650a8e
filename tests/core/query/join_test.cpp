// Golden SQL of joins and self-joins.
#include <catch2/catch.hpp>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

TEST_CASE("inner join", "[join]") {
  auto q = select(users.name, posts.title).from(users.join(posts).on(posts.user_id == users.id));
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT "users"."name", "posts"."title" FROM "users" INNER JOIN "posts" ON "posts"."user_id" = "users"."id")");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT `users`.`name`, `posts`.`title` FROM `users` INNER JOIN `posts` ON `posts`.`user_id` = `users`.`id`");
}

TEST_CASE("right, full and cross joins", "[join]") {
  auto right = select(users.name).from(users.right_join(posts).on(posts.user_id == users.id));
  STATIC_REQUIRE(sql<sqlite>(right) ==
                 R"(SELECT "users"."name" FROM "users" RIGHT OUTER JOIN "posts" ON "posts"."user_id" = "users"."id")");
  STATIC_REQUIRE(sql<mysql>(right) ==
                 "SELECT `users`.`name` FROM `users` RIGHT OUTER JOIN `posts` ON `posts`.`user_id` = `users`.`id`");
  auto full = select(users.name).from(users.full_join(posts).on(posts.user_id == users.id));
  STATIC_REQUIRE(sql<postgres>(full) ==
                 R"(SELECT "users"."name" FROM "users" FULL OUTER JOIN "posts" ON "posts"."user_id" = "users"."id")");
  STATIC_REQUIRE(sql<sqlite>(full) ==
                 R"(SELECT "users"."name" FROM "users" FULL OUTER JOIN "posts" ON "posts"."user_id" = "users"."id")");
  auto cross = select(users.name, posts.title).from(users.cross_join(posts));
  STATIC_REQUIRE(sql<postgres>(cross) == R"(SELECT "users"."name", "posts"."title" FROM "users" CROSS JOIN "posts")");
}

TEST_CASE("self-join through an alias", "[join]") {
  constexpr auto boss = users.as<"boss">();
  auto q = select(users.name, boss[users.name]).from(users.join(boss).on(boss[users.id] == users.age));
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT "users"."name", "boss"."name" FROM "users" INNER JOIN "users" AS "boss" ON "boss"."id" = "users"."age")");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT `users`.`name`, `boss`.`name` FROM `users` INNER JOIN `users` AS `boss` ON `boss`.`id` = `users`.`age`");
}

TEST_CASE("joins chain", "[join]") {
  constexpr auto boss = users.as<"boss">();
  auto q = select(users.name)
               .from(users.join(posts).on(posts.user_id == users.id).left_join(boss).on(boss[users.id] == users.id))
               .where(boss[users.age] > 40);
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT "users"."name" FROM "users" INNER JOIN "posts" ON "posts"."user_id" = "users"."id" LEFT OUTER JOIN "users" AS "boss" ON "boss"."id" = "users"."id" WHERE "boss"."age" > $1)");
}

TEST_CASE("a join condition with a value binds it in order", "[join]") {
  auto q = select(users.name).from(users.join(posts).on(posts.user_id == users.id && posts.title != "")).where(users.age > 1);
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT "users"."name" FROM "users" INNER JOIN "posts" ON ("posts"."user_id" = "users"."id") AND ("posts"."title" <> $1) WHERE "users"."age" > $2)");
}
