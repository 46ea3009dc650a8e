// Golden SQL and result types of scalar subqueries (a select of one column used as a value).
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

TEST_CASE("a scalar subquery in where compares against the subquery's one value", "[select][subquery]") {
  auto q = select(users.name).from(users).where(users.age > select(avg(users.age)).from(users));
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT "users"."name" FROM "users" WHERE "users"."age" > (SELECT AVG("users"."age") FROM "users"))");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT `users`.`name` FROM `users` WHERE `users`.`age` > (SELECT AVG(CAST(`users`.`age` AS DOUBLE)) FROM `users`)");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT "users"."name" FROM "users" WHERE "users"."age" > (SELECT AVG("users"."age") FROM "users"))");
}

TEST_CASE("a named correlated scalar subquery in the select list", "[select][subquery]") {
  auto q = select(users.name, select(count(posts.id)).from(posts).where(posts.user_id == users.id).as<"posts">())
               .from(users)
               .where(users.age >= 18);
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT "users"."name", (SELECT COUNT("posts"."id") FROM "posts" WHERE "posts"."user_id" = "users"."id") AS "posts" FROM "users" WHERE "users"."age" >= ?)");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT `users`.`name`, (SELECT COUNT(`posts`.`id`) FROM `posts` WHERE `posts`.`user_id` = `users`.`id`) AS `posts` FROM `users` WHERE `users`.`age` >= ?");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT "users"."name", (SELECT COUNT("posts"."id") FROM "posts" WHERE "posts"."user_id" = "users"."id") AS "posts" FROM "users" WHERE "users"."age" >= $1)");
  // An aggregate without GROUP BY gives one row whatever the data: COUNT is never NULL.
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<std::string, std::int64_t>>);
}

TEST_CASE("a scalar subquery's value is optional unless it always gives one row", "[select][subquery]") {
  // A plain column: no row gives NULL.
  using plain = decltype(select(select(users.age).from(users).where(users.id == 1).as<"age">()))::row_type;
  STATIC_REQUIRE(std::is_same_v<plain, std::tuple<std::optional<int>>>);
  // MAX over no rows is NULL.
  using maximum = decltype(select(select(max(users.age)).from(users).as<"m">()))::row_type;
  STATIC_REQUIRE(std::is_same_v<maximum, std::tuple<std::optional<int>>>);
  // GROUP BY, HAVING or LIMIT may leave no row, so COUNT becomes optional there.
  using grouped = decltype(select(select(count(posts.id)).from(posts).group_by(posts.user_id).as<"n">()))::row_type;
  STATIC_REQUIRE(std::is_same_v<grouped, std::tuple<std::optional<std::int64_t>>>);
  using limited = decltype(select(select(count(posts.id)).from(posts).limit(1).offset(1).as<"n">()))::row_type;
  STATIC_REQUIRE(std::is_same_v<limited, std::tuple<std::optional<std::int64_t>>>);
}

TEST_CASE("a scalar subquery on the left of a comparison, and its values bound in order", "[select][subquery]") {
  auto q = select(users.name)
               .from(users)
               .where(users.age > 1 && select(count(posts.id)).from(posts).where(posts.user_id == users.id && posts.title != "x") >= 2);
  // Placeholders in rendering order: age > $1, title <> $2, count >= $3.
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT "users"."name" FROM "users" WHERE ("users"."age" > $1) AND ((SELECT COUNT("posts"."id") FROM "posts" WHERE ("posts"."user_id" = "users"."id") AND ("posts"."title" <> $2)) >= $3))");
}

TEST_CASE("a scalar subquery in update set() and in insert values", "[update][insert][subquery]") {
  auto u = update(users).set(users.age = select(count(posts.id)).from(posts).where(posts.user_id == users.id)).where(users.id == 7);
  STATIC_REQUIRE(sql<sqlite>(u) ==
                 R"(UPDATE "users" SET "age" = (SELECT COUNT("posts"."id") FROM "posts" WHERE "posts"."user_id" = "users"."id") WHERE "users"."id" = ?)");
  STATIC_REQUIRE(sql<mysql>(u) ==
                 "UPDATE `users` SET `age` = (SELECT COUNT(`posts`.`id`) FROM `posts` WHERE `posts`.`user_id` = `users`.`id`) WHERE `users`.`id` = ?");
  auto i = insert_into(users).set(users.name = "n", users.age = select(count()).from(posts));
  STATIC_REQUIRE(sql<postgres>(i) == R"(INSERT INTO "users" ("name", "age") VALUES ($1, (SELECT COUNT(*) FROM "posts")))");
}
