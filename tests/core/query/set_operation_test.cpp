// Golden SQL of set operations for each dialect, checked at compile time; their result types.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

TEST_CASE("union_all, union_distinct, intersect, except", "[set_operation]") {
  auto a = select(users.name).from(users).where(users.age >= 18);
  auto b = select(posts.title).from(posts);
  auto all = a.union_all(b);
  auto distinct = a.union_distinct(b);
  auto common = a.intersect(b);
  auto only_a = a.except(b);
  STATIC_REQUIRE(sql<sqlite>(all) ==
                 R"(SELECT "users"."name" FROM "users" WHERE "users"."age" >= ? UNION ALL SELECT "posts"."title" FROM "posts")");
  STATIC_REQUIRE(sql<mysql>(distinct) ==
                 "SELECT `users`.`name` FROM `users` WHERE `users`.`age` >= ? UNION SELECT `posts`.`title` FROM `posts`");
  STATIC_REQUIRE(sql<postgres>(common) ==
                 R"(SELECT "users"."name" FROM "users" WHERE "users"."age" >= $1 INTERSECT SELECT "posts"."title" FROM "posts")");
  STATIC_REQUIRE(sql<postgres>(only_a) ==
                 R"(SELECT "users"."name" FROM "users" WHERE "users"."age" >= $1 EXCEPT SELECT "posts"."title" FROM "posts")");
}

TEST_CASE("values in both arms are numbered in order", "[set_operation]") {
  auto q = select(users.id).from(users).where(users.age > 1).union_all(select(posts.id).from(posts).where(posts.title == "t"));
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT "users"."id" FROM "users" WHERE "users"."age" > $1 UNION ALL SELECT "posts"."id" FROM "posts" WHERE "posts"."title" = $2)");
}

TEST_CASE("order_by, limit and offset on the whole result", "[set_operation]") {
  constexpr auto who = users.name.as<"who">();
  auto q = select(users.id, who).from(users).union_all(select(posts.user_id, posts.title).from(posts));
  // A named item is ordered by its name, any other by its position in the first select.
  auto ordered = q.order_by(who.desc(), users.id).limit(10).offset(5);
  STATIC_REQUIRE(sql<sqlite>(ordered) ==
                 R"(SELECT "users"."id", "users"."name" AS "who" FROM "users" UNION ALL SELECT "posts"."user_id", "posts"."title" FROM "posts" ORDER BY "who" DESC, 1 LIMIT ? OFFSET ?)");
  STATIC_REQUIRE(sql<mysql>(ordered) ==
                 "SELECT `users`.`id`, `users`.`name` AS `who` FROM `users` UNION ALL SELECT `posts`.`user_id`, `posts`.`title` FROM `posts` ORDER BY `who` DESC, 1 LIMIT ? OFFSET ?");
  STATIC_REQUIRE(sql<postgres>(ordered) ==
                 R"(SELECT "users"."id", "users"."name" AS "who" FROM "users" UNION ALL SELECT "posts"."user_id", "posts"."title" FROM "posts" ORDER BY "who" DESC, 1 LIMIT $1 OFFSET $2)");
  // A column of the first select is its position; its expression given for a named item is that item's name.
  auto by_column = select(users.id, users.name).from(users).union_all(select(posts.user_id, posts.title).from(posts))
                       .order_by(users.name.asc(), users.id.desc());
  STATIC_REQUIRE(sql<postgres>(by_column) ==
                 R"(SELECT "users"."id", "users"."name" FROM "users" UNION ALL SELECT "posts"."user_id", "posts"."title" FROM "posts" ORDER BY 2 ASC, 1 DESC)");
  auto by_expression = q.order_by(users.name.desc());
  STATIC_REQUIRE(sql<postgres>(by_expression) ==
                 R"(SELECT "users"."id", "users"."name" AS "who" FROM "users" UNION ALL SELECT "posts"."user_id", "posts"."title" FROM "posts" ORDER BY "who" DESC)");
}

TEST_CASE("NULLS FIRST/LAST after a set operation", "[set_operation][nulls_order]") {
  auto q = select(users.id, users.email).from(users).union_all(select(posts.id, posts.title).from(posts))
               .order_by(users.email.asc().nulls_last());
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT "users"."id", "users"."email" FROM "users" UNION ALL SELECT "posts"."id", "posts"."title" FROM "posts" ORDER BY 2 ASC NULLS LAST)");
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT "users"."id", "users"."email" FROM "users" UNION ALL SELECT "posts"."id", "posts"."title" FROM "posts" ORDER BY 2 ASC NULLS LAST)");
  // MySQL's IS NULL key needs a name: the column's, which no other result column has.
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT `users`.`id`, `users`.`email` FROM `users` UNION ALL SELECT `posts`.`id`, `posts`.`title` FROM `posts` ORDER BY `email` IS NULL, 2 ASC");
}

TEST_CASE("chains read left to right on every dialect", "[set_operation]") {
  auto a = select(users.name).from(users);
  auto b = select(posts.title).from(posts);
  auto c = select(posts.class_).from(posts);
  // Same precedence: no grouping needed anywhere.
  auto unions = a.union_all(b).except(c);
  STATIC_REQUIRE(sql<postgres>(unions) ==
                 R"(SELECT "users"."name" FROM "users" UNION ALL SELECT "posts"."title" FROM "posts" EXCEPT SELECT "posts"."class" FROM "posts")");
  // (a UNION ALL b) INTERSECT c: INTERSECT binds tighter on PostgreSQL and MySQL, so the left
  // part is parenthesized; SQLite reads left to right and takes no parentheses.
  auto mixed = a.union_all(b).intersect(c);
  STATIC_REQUIRE(sql<postgres>(mixed) ==
                 R"((SELECT "users"."name" FROM "users" UNION ALL SELECT "posts"."title" FROM "posts") INTERSECT SELECT "posts"."class" FROM "posts")");
  STATIC_REQUIRE(sql<mysql>(mixed) ==
                 "(SELECT `users`.`name` FROM `users` UNION ALL SELECT `posts`.`title` FROM `posts`) INTERSECT SELECT `posts`.`class` FROM `posts`");
  // MariaDB (10.4+) has INTERSECT and EXCEPT, binding as MySQL 8.0.31+ does: the same text.
  STATIC_REQUIRE(sql<mariadb>(mixed) ==
                 "(SELECT `users`.`name` FROM `users` UNION ALL SELECT `posts`.`title` FROM `posts`) INTERSECT SELECT `posts`.`class` FROM `posts`");
  STATIC_REQUIRE(sql<mariadb>(unions) ==
                 "SELECT `users`.`name` FROM `users` UNION ALL SELECT `posts`.`title` FROM `posts` EXCEPT SELECT `posts`.`class` FROM `posts`");
  STATIC_REQUIRE(sql<sqlite>(mixed) ==
                 R"(SELECT "users"."name" FROM "users" UNION ALL SELECT "posts"."title" FROM "posts" INTERSECT SELECT "posts"."class" FROM "posts")");
  // a INTERSECT b UNION ALL c: left to right is what every dialect reads.
  auto intersect_first = a.intersect(b).union_all(c);
  STATIC_REQUIRE(sql<postgres>(intersect_first) ==
                 R"(SELECT "users"."name" FROM "users" INTERSECT SELECT "posts"."title" FROM "posts" UNION ALL SELECT "posts"."class" FROM "posts")");
  // A set operation as the right arm: a UNION ALL (b INTERSECT c).
  auto nested = a.union_all(b.intersect(c));
  STATIC_REQUIRE(sql<postgres>(nested) ==
                 R"(SELECT "users"."name" FROM "users" UNION ALL (SELECT "posts"."title" FROM "posts" INTERSECT SELECT "posts"."class" FROM "posts"))");
  STATIC_REQUIRE(sql<sqlite>(nested) ==
                 R"(SELECT "users"."name" FROM "users" UNION ALL SELECT * FROM (SELECT "posts"."title" FROM "posts" INTERSECT SELECT "posts"."class" FROM "posts"))");
}

TEST_CASE("an arm with its own order_by and limit", "[set_operation]") {
  auto newest = select(posts.title).from(posts).order_by(posts.id.desc()).limit(2);
  auto q = select(users.name).from(users).union_all(newest);
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT "users"."name" FROM "users" UNION ALL (SELECT "posts"."title" FROM "posts" ORDER BY "posts"."id" DESC LIMIT $1))");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT `users`.`name` FROM `users` UNION ALL (SELECT `posts`.`title` FROM `posts` ORDER BY `posts`.`id` DESC LIMIT ?)");
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT "users"."name" FROM "users" UNION ALL SELECT * FROM (SELECT "posts"."title" FROM "posts" ORDER BY "posts"."id" DESC LIMIT ?))");
  // The left arm too, and a limited set operation continued.
  auto left = newest.union_all(select(users.name).from(users)).limit(3).union_distinct(select(users.name).from(users));
  STATIC_REQUIRE(sql<postgres>(left) ==
                 R"(((SELECT "posts"."title" FROM "posts" ORDER BY "posts"."id" DESC LIMIT $1) UNION ALL SELECT "users"."name" FROM "users" LIMIT $2) UNION SELECT "users"."name" FROM "users")");
  STATIC_REQUIRE(sql<sqlite>(left) ==
                 R"(SELECT * FROM (SELECT * FROM (SELECT "posts"."title" FROM "posts" ORDER BY "posts"."id" DESC LIMIT ?) UNION ALL SELECT "users"."name" FROM "users" LIMIT ?) UNION SELECT "users"."name" FROM "users")");
}

TEST_CASE("result types: a column is optional if either arm's is", "[set_operation]") {
  auto q = select(users.id, users.name, users.email).from(users).union_all(select(posts.id, posts.title, posts.title).from(posts));
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<std::int64_t, std::string, std::optional<std::string>>>);
  auto r = select(posts.id, posts.title, posts.title).from(posts).union_all(select(users.id, users.name, users.email).from(users));
  STATIC_REQUIRE(std::is_same_v<decltype(r)::row_type, std::tuple<std::int64_t, std::string, std::optional<std::string>>>);
  // An outer join's nullable side in one arm; an int and an int64 give an int64.
  auto j = select(users.age).from(users).union_all(select(posts.id).from(users.left_join(posts).on(posts.user_id == users.id)));
  STATIC_REQUIRE(std::is_same_v<decltype(j)::row_type, std::tuple<std::optional<std::int64_t>>>);
  STATIC_REQUIRE(decltype(q)::kind == statement_kind::query);
}
