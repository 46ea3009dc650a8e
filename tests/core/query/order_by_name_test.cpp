// Golden SQL of ordering by a named select item: ORDER BY writes its name, not its expression.
#include <catch2/catch.hpp>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

TEST_CASE("order_by(n.desc()) writes the item's name", "[select][order_by_name]") {
  constexpr auto n = count(posts.id).as<"n">();
  auto q = select(users.name, n)
               .from(users.left_join(posts).on(posts.user_id == users.id))
               .group_by(users.name)
               .order_by(n.desc(), users.name.asc());
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT "users"."name", COUNT("posts"."id") AS "n" FROM "users" LEFT OUTER JOIN "posts" ON "posts"."user_id" = "users"."id" GROUP BY "users"."name" ORDER BY "n" DESC, "users"."name" ASC)");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT `users`.`name`, COUNT(`posts`.`id`) AS `n` FROM `users` LEFT OUTER JOIN `posts` ON `posts`.`user_id` = `users`.`id` GROUP BY `users`.`name` ORDER BY `n` DESC, `users`.`name` ASC");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT "users"."name", COUNT("posts"."id") AS "n" FROM "users" LEFT OUTER JOIN "posts" ON "posts"."user_id" = "users"."id" GROUP BY "users"."name" ORDER BY "n" DESC, "users"."name" ASC)");
}

TEST_CASE("order_by(n) and n.asc() write the name alone", "[select][order_by_name]") {
  constexpr auto next = (users.age + 1).as<"next">();
  auto q = select(users.id, next).from(users).order_by(next);
  // The bound value is in the select list only: one placeholder.
  STATIC_REQUIRE(sql<postgres>(q) == R"(SELECT "users"."id", ("users"."age" + $1) AS "next" FROM "users" ORDER BY "next")");
  auto a = select(users.id, next).from(users).order_by(next.asc());
  STATIC_REQUIRE(sql<sqlite>(a) == R"(SELECT "users"."id", ("users"."age" + ?) AS "next" FROM "users" ORDER BY "next" ASC)");
}

TEST_CASE("a named item with nulls_last() is its name twice on MySQL, with no value bound again", "[select][order_by_name][nulls_order]") {
  constexpr auto next = (users.age + 1).as<"next">();
  auto q = select(users.id, next).from(users).order_by(next.desc().nulls_last());
  STATIC_REQUIRE(sql<mysql>(q) == "SELECT `users`.`id`, (`users`.`age` + ?) AS `next` FROM `users` ORDER BY `next` IS NULL, `next` DESC");
  STATIC_REQUIRE(sql<postgres>(q) == R"(SELECT "users"."id", ("users"."age" + $1) AS "next" FROM "users" ORDER BY "next" DESC NULLS LAST)");
}

TEST_CASE("a name with a quote character is quoted", "[select][order_by_name]") {
  constexpr auto odd = users.name.as<"it's \"odd\"">();
  auto q = select(odd).from(users).order_by(odd.desc());
  STATIC_REQUIRE(sql<postgres>(q) == R"(SELECT "users"."name" AS "it's ""odd""" FROM "users" ORDER BY "it's ""odd""" DESC)");
  STATIC_REQUIRE(sql<mysql>(q) == R"(SELECT `users`.`name` AS `it's "odd"` FROM `users` ORDER BY `it's "odd"` DESC)");
}

TEST_CASE("an aggregate's name with nulls_first() tests the aggregate on MySQL", "[select][order_by_name][nulls_order]") {
  // MySQL refuses an aggregate's name inside an expression ("reference to group function").
  constexpr auto last = max(posts.title).as<"last">();
  auto q = select(posts.user_id, last).from(posts).group_by(posts.user_id).order_by(last.desc().nulls_first());
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT `posts`.`user_id`, MAX(`posts`.`title`) AS `last` FROM `posts` GROUP BY `posts`.`user_id` "
                 "ORDER BY MAX(`posts`.`title`) IS NULL DESC, `last` DESC");
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT "posts"."user_id", MAX("posts"."title") AS "last" FROM "posts" GROUP BY "posts"."user_id" ORDER BY "last" DESC NULLS FIRST)");
}
