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

TEST_CASE("update ... from a source that binds values, with set() and where() binding values too", "[update_from]") {
  auto titled = select(posts.user_id).from(posts).where(posts.title == "x").as<"titled">();
  auto q = update(stats)
               .set(stats.note = "busy", stats.post_count = stats.post_count + 2)
               .from(titled)
               .where(titled[posts.user_id] == stats.user_id && stats.post_count < 5);
  // MySQL/MariaDB: the source's placeholder comes first (bound first: bind_order_test.cpp).
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "UPDATE `stats`, (SELECT `posts`.`user_id` FROM `posts` WHERE `posts`.`title` = ?) AS `titled` SET `stats`.`note` = ?, `stats`.`post_count` = `stats`.`post_count` + ? WHERE (`titled`.`user_id` = `stats`.`user_id`) AND (`stats`.`post_count` < ?)");
  STATIC_REQUIRE(sql<mariadb>(q) == sql<mysql>(q));
  // PostgreSQL: SET's values are $1 and $2, the source's $3, where()'s $4.
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(UPDATE "stats" SET "note" = $1, "post_count" = "stats"."post_count" + $2 FROM (SELECT "posts"."user_id" FROM "posts" WHERE "posts"."title" = $3) AS "titled" WHERE ("titled"."user_id" = "stats"."user_id") AND ("stats"."post_count" < $4))");
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(UPDATE "stats" SET "note" = ?, "post_count" = "stats"."post_count" + ? FROM (SELECT "posts"."user_id" FROM "posts" WHERE "posts"."title" = ?) AS "titled" WHERE ("titled"."user_id" = "stats"."user_id") AND ("stats"."post_count" < ?))");
  // A join's ON value and a param<> in set(): the same order as the text.
  auto joined = update(stats)
                    .set(stats.note = param<"note">)
                    .from(users.join(posts).on(posts.user_id == users.id && posts.title != param<"skip">))
                    .where(users.id == stats.user_id);
  STATIC_REQUIRE(sql<mysql>(joined) ==
                 "UPDATE `stats`, `users` INNER JOIN `posts` ON (`posts`.`user_id` = `users`.`id`) AND (`posts`.`title` <> ?) SET `stats`.`note` = ? WHERE `users`.`id` = `stats`.`user_id`");
  STATIC_REQUIRE(sql<postgres>(joined) ==
                 R"(UPDATE "stats" SET "note" = $1 FROM "users" INNER JOIN "posts" ON ("posts"."user_id" = "users"."id") AND ("posts"."title" <> $2) WHERE "users"."id" = "stats"."user_id")");
}

TEST_CASE("update ... from a join with CTEs: WITH in front, or each CTE in place on MySQL/MariaDB", "[update_from][cte]") {
  constexpr auto n = count(posts.id).as<"n">();
  auto counts = cte<"counts">(select(posts.user_id, n).from(posts).where(posts.title != "").group_by(posts.user_id));
  auto q = update(stats)
               .set(stats.note = users.name, stats.post_count = counts[n])
               .from(counts.join(users).on(users.id == counts[posts.user_id] && users.age > 30))
               .where(users.id == stats.user_id);
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(WITH "counts" AS (SELECT "posts"."user_id", COUNT("posts"."id") AS "n" FROM "posts" WHERE "posts"."title" <> ? GROUP BY "posts"."user_id") UPDATE "stats" SET "note" = "users"."name", "post_count" = "counts"."n" FROM "counts" INNER JOIN "users" ON ("users"."id" = "counts"."user_id") AND ("users"."age" > ?) WHERE "users"."id" = "stats"."user_id")");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(WITH "counts" AS (SELECT "posts"."user_id", COUNT("posts"."id") AS "n" FROM "posts" WHERE "posts"."title" <> $1 GROUP BY "posts"."user_id") UPDATE "stats" SET "note" = "users"."name", "post_count" = "counts"."n" FROM "counts" INNER JOIN "users" ON ("users"."id" = "counts"."user_id") AND ("users"."age" > $2) WHERE "users"."id" = "stats"."user_id")");
  // MariaDB takes no WITH in front of UPDATE: the CTE is a derived table holding its WITH, under its name.
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "UPDATE `stats`, (WITH `counts` AS (SELECT `posts`.`user_id`, COUNT(`posts`.`id`) AS `n` FROM `posts` WHERE `posts`.`title` <> ? GROUP BY `posts`.`user_id`) SELECT * FROM `counts`) AS `counts` INNER JOIN `users` ON (`users`.`id` = `counts`.`user_id`) AND (`users`.`age` > ?) SET `stats`.`note` = `users`.`name`, `stats`.`post_count` = `counts`.`n` WHERE `users`.`id` = `stats`.`user_id`");
  STATIC_REQUIRE(sql<mariadb>(q) == sql<mysql>(q));

  // The CTE on the right of the join, and a second CTE that reads the first: on MySQL each derived
  // table holds the CTEs it reads, so `counts` is written (and bound) twice.
  auto busy = cte<"busy">(select(counts[posts.user_id]).from(counts).where(counts[n] > 1));
  auto two = update(stats)
                 .set(stats.note = "busy")
                 .from(users.join(counts).on(counts[posts.user_id] == users.id).join(busy).on(busy[posts.user_id] == users.id))
                 .where(users.id == stats.user_id);
  STATIC_REQUIRE(sql<mysql>(two) ==
                 "UPDATE `stats`, `users` INNER JOIN (WITH `counts` AS (SELECT `posts`.`user_id`, COUNT(`posts`.`id`) AS `n` FROM `posts` WHERE `posts`.`title` <> ? GROUP BY `posts`.`user_id`) SELECT * FROM `counts`) AS `counts` ON `counts`.`user_id` = `users`.`id` INNER JOIN (WITH `counts` AS (SELECT `posts`.`user_id`, COUNT(`posts`.`id`) AS `n` FROM `posts` WHERE `posts`.`title` <> ? GROUP BY `posts`.`user_id`), `busy` AS (SELECT `counts`.`user_id` FROM `counts` WHERE `counts`.`n` > ?) SELECT * FROM `busy`) AS `busy` ON `busy`.`user_id` = `users`.`id` SET `stats`.`note` = ? WHERE `users`.`id` = `stats`.`user_id`");
  STATIC_REQUIRE(sql<postgres>(two) ==
                 R"(WITH "counts" AS (SELECT "posts"."user_id", COUNT("posts"."id") AS "n" FROM "posts" WHERE "posts"."title" <> $1 GROUP BY "posts"."user_id"), "busy" AS (SELECT "counts"."user_id" FROM "counts" WHERE "counts"."n" > $2) UPDATE "stats" SET "note" = $3 FROM "users" INNER JOIN "counts" ON "counts"."user_id" = "users"."id" INNER JOIN "busy" ON "busy"."user_id" = "users"."id" WHERE "users"."id" = "stats"."user_id")");

  // A CTE whose name holds the quote character: doubled wherever the name is written.
  auto odd = cte<"a`b">(select(posts.user_id).from(posts));
  auto quoted = update(stats).set(stats.note = "q").from(odd.join(users).on(users.id == odd[posts.user_id])).where(users.id == stats.user_id);
  STATIC_REQUIRE(sql<mysql>(quoted) ==
                 "UPDATE `stats`, (WITH `a``b` AS (SELECT `posts`.`user_id` FROM `posts`) SELECT * FROM `a``b`) AS `a``b` INNER JOIN `users` ON `users`.`id` = `a``b`.`user_id` SET `stats`.`note` = ? WHERE `users`.`id` = `stats`.`user_id`");

  // A recursive CTE in a join: WITH RECURSIVE inside its derived table.
  auto ids = recursive_cte<"ids">(select(users.id).from(users).where(users.id == 1), [](auto self) {
    return select(users.id).from(users.join(self).on(users.id == self[users.id] + 1)).where(users.id < 3);
  });
  auto rec = update(stats).set(stats.note = "low").from(ids.join(users).on(users.id == ids[users.id])).where(users.id == stats.user_id);
  STATIC_REQUIRE(sql<mysql>(rec) ==
                 "UPDATE `stats`, (WITH RECURSIVE `ids` AS (SELECT `users`.`id` FROM `users` WHERE `users`.`id` = ? UNION ALL SELECT `users`.`id` FROM `users` INNER JOIN `ids` ON `users`.`id` = (`ids`.`id` + ?) WHERE `users`.`id` < ?) SELECT * FROM `ids`) AS `ids` INNER JOIN `users` ON `users`.`id` = `ids`.`id` SET `stats`.`note` = ? WHERE `users`.`id` = `stats`.`user_id`");
}
