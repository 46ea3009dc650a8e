// Golden SQL of select statements for each dialect, checked at compile time.
#include <catch2/catch.hpp>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

TEST_CASE("select with where, order_by, limit and offset", "[select]") {
  auto q = select(users.id, users.name)
               .from(users)
               .where(users.age >= 18 && users.name.like("A%"))
               .order_by(users.name.asc())
               .limit(10)
               .offset(20);
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT "users"."id", "users"."name" FROM "users" WHERE ("users"."age" >= ?) AND ("users"."name" LIKE ? ESCAPE '\') ORDER BY "users"."name" ASC LIMIT ? OFFSET ?)");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT `users`.`id`, `users`.`name` FROM `users` WHERE (`users`.`age` >= ?) AND (`users`.`name` LIKE ?) ORDER BY `users`.`name` ASC LIMIT ? OFFSET ?");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT "users"."id", "users"."name" FROM "users" WHERE ("users"."age" >= $1) AND ("users"."name" LIKE $2) ORDER BY "users"."name" ASC LIMIT $3 OFFSET $4)");
}

TEST_CASE("select all_of(table) lists every column in declaration order", "[select]") {
  auto q = select(all_of(users)).from(users);
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT "users"."id", "users"."name", "users"."age", "users"."email" FROM "users")");
  STATIC_REQUIRE(sql<mysql>(q) == "SELECT `users`.`id`, `users`.`name`, `users`.`age`, `users`.`email` FROM `users`");
  STATIC_REQUIRE(sql<postgres>(q) == R"(SELECT "users"."id", "users"."name", "users"."age", "users"."email" FROM "users")");
}

TEST_CASE("select_distinct", "[select]") {
  auto q = select_distinct(users.name).from(users);
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT DISTINCT "users"."name" FROM "users")");
  STATIC_REQUIRE(sql<mysql>(q) == "SELECT DISTINCT `users`.`name` FROM `users`");
}

TEST_CASE("select without from", "[select]") {
  auto q = select(count());
  STATIC_REQUIRE(sql<sqlite>(q) == "SELECT COUNT(*)");
}

TEST_CASE("group_by and having", "[select]") {
  auto q = select(users.name, count(posts.id))
               .from(users.left_join(posts).on(posts.user_id == users.id))
               .group_by(users.name)
               .having(count(posts.id) > 2);
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT "users"."name", COUNT("posts"."id") FROM "users" LEFT OUTER JOIN "posts" ON "posts"."user_id" = "users"."id" GROUP BY "users"."name" HAVING COUNT("posts"."id") > ?)");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT `users`.`name`, COUNT(`posts`.`id`) FROM `users` LEFT OUTER JOIN `posts` ON `posts`.`user_id` = `users`.`id` GROUP BY `users`.`name` HAVING COUNT(`posts`.`id`) > ?");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT "users"."name", COUNT("posts"."id") FROM "users" LEFT OUTER JOIN "posts" ON "posts"."user_id" = "users"."id" GROUP BY "users"."name" HAVING COUNT("posts"."id") > $1)");
}

TEST_CASE("a grouped expression may be selected", "[select]") {
  // Without bound values: PostgreSQL matches GROUP BY expressions by text, and $1 is not $2.
  auto q = select(users.age * users.age, count()).from(users).group_by(users.age * users.age);
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT "users"."age" * "users"."age", COUNT(*) FROM "users" GROUP BY "users"."age" * "users"."age")");
}

TEST_CASE("order_by with several items and directions", "[select]") {
  auto q = select(users.id).from(users).order_by(users.name.asc(), users.age.desc(), users.id);
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT "users"."id" FROM "users" ORDER BY "users"."name" ASC, "users"."age" DESC, "users"."id")");
}

TEST_CASE("offset without limit gets the dialect's stand-in LIMIT", "[select]") {
  auto q = select(users.id).from(users).offset(5);
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT "users"."id" FROM "users" LIMIT -1 OFFSET ?)");
  STATIC_REQUIRE(sql<mysql>(q) == "SELECT `users`.`id` FROM `users` LIMIT 18446744073709551615 OFFSET ?");
  STATIC_REQUIRE(sql<postgres>(q) == R"(SELECT "users"."id" FROM "users" OFFSET $1)");
}

TEST_CASE("reserved words are quoted identifiers", "[select]") {
  auto q = select(posts.class_).from(posts).where(posts.class_ == "x");
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT "posts"."class" FROM "posts" WHERE "posts"."class" = ?)");
  STATIC_REQUIRE(sql<mysql>(q) == "SELECT `posts`.`class` FROM `posts` WHERE `posts`.`class` = ?");
  STATIC_REQUIRE(sql<postgres>(q) == R"(SELECT "posts"."class" FROM "posts" WHERE "posts"."class" = $1)");
}

namespace {
struct odd_t : ctql::table<odd_t, "we\"ird`name"> {
  column<"co\"l`", int> col;
};
inline constexpr odd_t odd{};
}  // namespace

TEST_CASE("a quote inside an identifier is doubled", "[select]") {
  auto q = select(odd.col).from(odd);
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT "we""ird`name"."co""l`" FROM "we""ird`name")");
  STATIC_REQUIRE(sql<mysql>(q) == "SELECT `we\"ird``name`.`co\"l``` FROM `we\"ird``name`");
}

TEST_CASE("the type-based form renders the same text", "[select]") {
  auto q = select(users.id).from(users).where(users.id == 1);
  STATIC_REQUIRE(sql<sqlite, decltype(q)>() == sql<sqlite>(q));
  STATIC_REQUIRE(sql<sqlite, decltype(q)>() == R"(SELECT "users"."id" FROM "users" WHERE "users"."id" = ?)");
}

TEST_CASE("a partly built statement is a value: builders branch from it and leave it as it was", "[select]") {
  // Each builder returns a new statement with one clause replaced, so one base gives two queries
  // (SQL written by hand from the two chains).
  auto base = select(users.id).from(users);
  auto adults = base.where(users.age >= 18).order_by(users.id);
  auto named = base.where(users.name == "Ann").limit(5);
  STATIC_REQUIRE(sql<sqlite>(base) == R"(SELECT "users"."id" FROM "users")");
  STATIC_REQUIRE(sql<sqlite>(adults) ==
                 R"(SELECT "users"."id" FROM "users" WHERE "users"."age" >= ? ORDER BY "users"."id")");
  STATIC_REQUIRE(sql<postgres>(named) == R"(SELECT "users"."id" FROM "users" WHERE "users"."name" = $1 LIMIT $2)");
}

TEST_CASE("clauses may be given in any order; the SQL has them in SQL's order", "[select]") {
  auto q = select(users.name).order_by(users.name).where(users.age > 30).from(users).limit(3);
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT `users`.`name` FROM `users` WHERE `users`.`age` > ? ORDER BY `users`.`name` LIMIT ?");
}
