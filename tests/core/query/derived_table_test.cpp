// Golden SQL and result types of derived tables: select(...).as<"name">() in from() and join().
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

namespace {
constexpr auto n = count(posts.id).as<"n">();
}

TEST_CASE("a derived table joined to a table, its columns reached with [item]", "[select][derived]") {
  auto top = select(posts.user_id, n).from(posts).where(posts.title != "draft").group_by(posts.user_id).as<"top">();
  auto q = select(users.name, top[n]).from(users.join(top).on(top[posts.user_id] == users.id)).where(users.age > 3);
  // The subquery's value comes first in the SQL, so it is bound first: $1, then age's $2.
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT "users"."name", "top"."n" FROM "users" INNER JOIN (SELECT "posts"."user_id", COUNT("posts"."id") AS "n" FROM "posts" WHERE "posts"."title" <> $1 GROUP BY "posts"."user_id") AS "top" ON "top"."user_id" = "users"."id" WHERE "users"."age" > $2)");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT `users`.`name`, `top`.`n` FROM `users` INNER JOIN (SELECT `posts`.`user_id`, COUNT(`posts`.`id`) AS `n` FROM `posts` WHERE `posts`.`title` <> ? GROUP BY `posts`.`user_id`) AS `top` ON `top`.`user_id` = `users`.`id` WHERE `users`.`age` > ?");
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT "users"."name", "top"."n" FROM "users" INNER JOIN (SELECT "posts"."user_id", COUNT("posts"."id") AS "n" FROM "posts" WHERE "posts"."title" <> ? GROUP BY "posts"."user_id") AS "top" ON "top"."user_id" = "users"."id" WHERE "users"."age" > ?)");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<std::string, std::int64_t>>);
}

TEST_CASE("a derived table in from(), with where and order_by on its columns", "[select][derived]") {
  auto top = select(posts.user_id, n).from(posts).group_by(posts.user_id).as<"top">();
  auto q = select(top[posts.user_id], top[n]).from(top).where(top[n] > 1).order_by(top[n].desc());
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT "top"."user_id", "top"."n" FROM (SELECT "posts"."user_id", COUNT("posts"."id") AS "n" FROM "posts" GROUP BY "posts"."user_id") AS "top" WHERE "top"."n" > ? ORDER BY "top"."n" DESC)");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<std::int64_t, std::int64_t>>);
}

TEST_CASE("an outer join makes a derived table's columns optional", "[select][derived]") {
  auto top = select(posts.user_id, n).from(posts).group_by(posts.user_id).as<"top">();
  using left = decltype(select(users.name, top[n]).from(users.left_join(top).on(top[posts.user_id] == users.id)))::row_type;
  STATIC_REQUIRE(std::is_same_v<left, std::tuple<std::string, std::optional<std::int64_t>>>);
  // A column the subquery reads from the outer side of its own join is optional already.
  auto with_email = select(posts.id, users.email).from(posts.left_join(users).on(users.id == posts.user_id)).as<"pe">();
  using inner = decltype(select(with_email[users.email]).from(with_email))::row_type;
  STATIC_REQUIRE(std::is_same_v<inner, std::tuple<std::optional<std::string>>>);
}

TEST_CASE("all_of() of an alias, a derived table and a CTE", "[select][derived][cte]") {
  constexpr auto boss = users.as<"boss">();
  auto aliased = select(all_of(boss)).from(boss);
  STATIC_REQUIRE(sql<sqlite>(aliased) == R"(SELECT "boss"."id", "boss"."name", "boss"."age", "boss"."email" FROM "users" AS "boss")");
  STATIC_REQUIRE(std::is_same_v<decltype(aliased)::row_type,
                                std::tuple<std::int64_t, std::string, int, std::optional<std::string>>>);
  auto top = select(posts.user_id, n).from(posts).group_by(posts.user_id).as<"top">();
  auto derived = select(users.name, all_of(top)).from(users.left_join(top).on(top[posts.user_id] == users.id));
  STATIC_REQUIRE(sql<postgres>(derived) ==
                 R"(SELECT "users"."name", "top"."user_id", "top"."n" FROM "users" LEFT OUTER JOIN (SELECT "posts"."user_id", COUNT("posts"."id") AS "n" FROM "posts" GROUP BY "posts"."user_id") AS "top" ON "top"."user_id" = "users"."id")");
  STATIC_REQUIRE(std::is_same_v<decltype(derived)::row_type,
                                std::tuple<std::string, std::optional<std::int64_t>, std::optional<std::int64_t>>>);
  auto active = cte<"active">(select(users.id, users.name).from(users));
  STATIC_REQUIRE(sql<mysql>(select(all_of(active)).from(active)) ==
                 "WITH `active` AS (SELECT `users`.`id`, `users`.`name` FROM `users`) SELECT `active`.`id`, `active`.`name` FROM `active`");
}
