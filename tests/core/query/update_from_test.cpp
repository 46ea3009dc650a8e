// Golden SQL of UPDATE ... FROM: update(t).set(...).from(source).where(...), per dialect.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

namespace {
struct stats_t : ctql::table<stats_t, "stats"> {
  column<"user_id", std::int64_t, ctql::primary_key> user_id;
  column<"post_count", std::int64_t, ctql::default_value<0>> post_count;
  column<"note", std::optional<std::string>> note;
};
inline constexpr stats_t stats{};
}  // namespace

TEST_CASE("update ... from a derived table", "[update_from]") {
  constexpr auto n = count(posts.id).as<"n">();
  auto top = select(posts.user_id, n).from(posts).group_by(posts.user_id).as<"top">();
  auto q = update(stats).set(stats.post_count = top[n]).from(top).where(top[posts.user_id] == stats.user_id);
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(UPDATE "stats" SET "post_count" = "top"."n" FROM (SELECT "posts"."user_id", COUNT("posts"."id") AS "n" FROM "posts" GROUP BY "posts"."user_id") AS "top" WHERE "top"."user_id" = "stats"."user_id")");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(UPDATE "stats" SET "post_count" = "top"."n" FROM (SELECT "posts"."user_id", COUNT("posts"."id") AS "n" FROM "posts" GROUP BY "posts"."user_id") AS "top" WHERE "top"."user_id" = "stats"."user_id")");
  // MySQL/MariaDB: the source after the updated table, SET columns qualified.
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "UPDATE `stats`, (SELECT `posts`.`user_id`, COUNT(`posts`.`id`) AS `n` FROM `posts` GROUP BY `posts`.`user_id`) AS `top` SET `stats`.`post_count` = `top`.`n` WHERE `top`.`user_id` = `stats`.`user_id`");
}

TEST_CASE("update ... from a table and a join; values bound in SQL order", "[update_from]") {
  auto q = update(stats).set(stats.note = users.name).from(users).where(users.id == stats.user_id && users.age > 30);
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(UPDATE "stats" SET "note" = "users"."name" FROM "users" WHERE ("users"."id" = "stats"."user_id") AND ("users"."age" > $1))");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "UPDATE `stats`, `users` SET `stats`.`note` = `users`.`name` WHERE (`users`.`id` = `stats`.`user_id`) AND (`users`.`age` > ?)");
  auto joined = update(stats)
                    .set(stats.post_count = stats.post_count + 1)
                    .from(users.join(posts).on(posts.user_id == users.id))
                    .where(users.id == stats.user_id);
  STATIC_REQUIRE(sql<sqlite>(joined) ==
                 R"(UPDATE "stats" SET "post_count" = "stats"."post_count" + ? FROM "users" INNER JOIN "posts" ON "posts"."user_id" = "users"."id" WHERE "users"."id" = "stats"."user_id")");
  auto values_in_source = update(stats)
                              .set(stats.note = "busy")
                              .from(select(posts.user_id).from(posts).where(posts.title != "x").as<"p">())
                              .unconditionally();
  // PostgreSQL: SET's value is $1, the source's $2: the order they are bound in.
  STATIC_REQUIRE(sql<postgres>(values_in_source) ==
                 R"(UPDATE "stats" SET "note" = $1 FROM (SELECT "posts"."user_id" FROM "posts" WHERE "posts"."title" <> $2) AS "p")");
}

TEST_CASE("update ... from an alias of the updated table", "[update_from]") {
  constexpr auto other = stats.as<"other">();
  auto q = update(stats).set(stats.note = other[stats.note]).from(other).where(other[stats.user_id] == stats.user_id + 1);
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(UPDATE "stats" SET "note" = "other"."note" FROM "stats" AS "other" WHERE "other"."user_id" = ("stats"."user_id" + $1))");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "UPDATE `stats`, `stats` AS `other` SET `stats`.`note` = `other`.`note` WHERE `other`.`user_id` = (`stats`.`user_id` + ?)");
}

TEST_CASE("update ... from a CTE: WITH in front, or inside a derived table on MySQL/MariaDB", "[update_from]") {
  constexpr auto n = count(posts.id).as<"n">();
  auto counts = cte<"counts">(select(posts.user_id, n).from(posts).where(posts.title != "").group_by(posts.user_id));
  auto q = update(stats).set(stats.post_count = counts[n]).from(counts).where(counts[posts.user_id] == stats.user_id);
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(WITH "counts" AS (SELECT "posts"."user_id", COUNT("posts"."id") AS "n" FROM "posts" WHERE "posts"."title" <> ? GROUP BY "posts"."user_id") UPDATE "stats" SET "post_count" = "counts"."n" FROM "counts" WHERE "counts"."user_id" = "stats"."user_id")");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(WITH "counts" AS (SELECT "posts"."user_id", COUNT("posts"."id") AS "n" FROM "posts" WHERE "posts"."title" <> $1 GROUP BY "posts"."user_id") UPDATE "stats" SET "post_count" = "counts"."n" FROM "counts" WHERE "counts"."user_id" = "stats"."user_id")");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "UPDATE `stats`, (WITH `counts` AS (SELECT `posts`.`user_id`, COUNT(`posts`.`id`) AS `n` FROM `posts` WHERE `posts`.`title` <> ? GROUP BY `posts`.`user_id`) SELECT * FROM `counts`) AS `counts` SET `stats`.`post_count` = `counts`.`n` WHERE `counts`.`user_id` = `stats`.`user_id`");
  // A CTE's values come first on every dialect, so set() may bind values too.
  auto with_value = update(stats).set(stats.note = "counted").from(counts).where(counts[posts.user_id] == stats.user_id);
  STATIC_REQUIRE(sql<mysql>(with_value) ==
                 "UPDATE `stats`, (WITH `counts` AS (SELECT `posts`.`user_id`, COUNT(`posts`.`id`) AS `n` FROM `posts` WHERE `posts`.`title` <> ? GROUP BY `posts`.`user_id`) SELECT * FROM `counts`) AS `counts` SET `stats`.`note` = ? WHERE `counts`.`user_id` = `stats`.`user_id`");
  STATIC_REQUIRE(sql<postgres>(with_value) ==
                 R"(WITH "counts" AS (SELECT "posts"."user_id", COUNT("posts"."id") AS "n" FROM "posts" WHERE "posts"."title" <> $1 GROUP BY "posts"."user_id") UPDATE "stats" SET "note" = $2 FROM "counts" WHERE "counts"."user_id" = "stats"."user_id")");
}

TEST_CASE("update ... from with returning (SQLite, PostgreSQL)", "[update_from]") {
  auto q = update(stats)
               .set(stats.note = users.name)
               .from(users)
               .where(users.id == stats.user_id)
               .returning(stats.user_id, stats.note);
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(UPDATE "stats" SET "note" = "users"."name" FROM "users" WHERE "users"."id" = "stats"."user_id" RETURNING "stats"."user_id", "stats"."note")");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<std::int64_t, std::optional<std::string>>>);
}

TEST_CASE("update without from renders as before", "[update_from]") {
  auto q = update(stats).set(stats.post_count = 0).unconditionally();
  STATIC_REQUIRE(sql<mysql>(q) == "UPDATE `stats` SET `post_count` = ?");
}
