// Golden SQL and types of lower, upper, trim, length, substr, replace.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

TEST_CASE("lower, upper, trim: the same call on every dialect, NULL-ness of the operand", "[function][text]") {
  auto q = select(lower(users.name), upper(users.email), trim(users.name)).from(users);
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT LOWER("users"."name"), UPPER("users"."email"), TRIM("users"."name") FROM "users")");
  STATIC_REQUIRE(sql<mysql>(q) == "SELECT LOWER(`users`.`name`), UPPER(`users`.`email`), TRIM(`users`.`name`) FROM `users`");
  STATIC_REQUIRE(sql<postgres>(q) == R"(SELECT LOWER("users"."name"), UPPER("users"."email"), TRIM("users"."name") FROM "users")");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<std::string, std::optional<std::string>, std::string>>);
}

TEST_CASE("length counts characters: CHAR_LENGTH on MySQL", "[function][text]") {
  auto q = select(length(users.name), length(users.email)).from(users);
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT LENGTH("users"."name"), LENGTH("users"."email") FROM "users")");
  STATIC_REQUIRE(sql<mysql>(q) == "SELECT CHAR_LENGTH(`users`.`name`), CHAR_LENGTH(`users`.`email`) FROM `users`");
  STATIC_REQUIRE(sql<postgres>(q) == R"(SELECT LENGTH("users"."name"), LENGTH("users"."email") FROM "users")");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<std::int64_t, std::optional<std::int64_t>>>);
}

TEST_CASE("substr binds its positions; PostgreSQL casts a BIGINT position to INTEGER", "[function][text]") {
  auto q = select(substr(users.name, 1, 3), substr(users.email, 2)).from(users);
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT SUBSTR("users"."name", ?, ?), SUBSTR("users"."email", ?) FROM "users")");
  STATIC_REQUIRE(sql<mysql>(q) == "SELECT SUBSTR(`users`.`name`, ?, ?), SUBSTR(`users`.`email`, ?) FROM `users`");
  STATIC_REQUIRE(sql<postgres>(q) == R"(SELECT SUBSTR("users"."name", $1, $2), SUBSTR("users"."email", $3) FROM "users")");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<std::string, std::optional<std::string>>>);
  // substr(text, bigint) does not exist on PostgreSQL.
  auto wide = select(substr(users.name, users.id, std::int64_t{2})).from(users);
  STATIC_REQUIRE(sql<postgres>(wide) ==
                 R"(SELECT SUBSTR("users"."name", CAST("users"."id" AS INTEGER), CAST($1 AS INTEGER)) FROM "users")");
  STATIC_REQUIRE(sql<sqlite>(wide) == R"(SELECT SUBSTR("users"."name", "users"."id", ?) FROM "users")");
  auto p = select(substr(users.name, param<"from">, users.age)).from(users);
  STATIC_REQUIRE(sql<postgres>(p) == R"(SELECT SUBSTR("users"."name", $1, "users"."age") FROM "users")");
  STATIC_REQUIRE(std::is_same_v<decltype(p)::params, type_list<parameter<"from", int>>>);
}

TEST_CASE("replace binds its strings", "[function][text]") {
  auto q = select(replace(users.name, "a", "b")).from(users);
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT REPLACE("users"."name", ?, ?) FROM "users")");
  STATIC_REQUIRE(sql<mysql>(q) == "SELECT REPLACE(`users`.`name`, ?, ?) FROM `users`");
  STATIC_REQUIRE(sql<postgres>(q) == R"(SELECT REPLACE("users"."name", $1, $2) FROM "users")");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<std::string>>);
  auto nullable = select(replace(users.name, users.email, "")).from(users);
  STATIC_REQUIRE(std::is_same_v<decltype(nullable)::row_type, std::tuple<std::optional<std::string>>>);
}

TEST_CASE("text functions in where, order_by, update set and insert values", "[function][text]") {
  auto q = select(users.id).from(users).where(lower(users.name) == "bob" && length(users.name) > 2).order_by(upper(users.name).asc());
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT "users"."id" FROM "users" WHERE (LOWER("users"."name") = $1) AND (LENGTH("users"."name") > $2) ORDER BY UPPER("users"."name") ASC)");
  auto u = update(users).set(users.name = trim(users.name)).where(users.id == 1);
  STATIC_REQUIRE(sql<mysql>(u) == "UPDATE `users` SET `name` = TRIM(`users`.`name`) WHERE `users`.`id` = ?");
  auto i = insert_into(users).set(users.name = upper(param<"name">), users.age = 3);
  STATIC_REQUIRE(sql<sqlite>(i) == R"(INSERT INTO "users" ("name", "age") VALUES (UPPER(?), ?))");
}

TEST_CASE("a reserved word as a column name stays quoted inside a function", "[function][text]") {
  auto q = select(lower(posts.class_), concat(posts.class_, posts.title)).from(posts);
  STATIC_REQUIRE(sql<mysql>(q) == "SELECT LOWER(`posts`.`class`), CONCAT(`posts`.`class`, `posts`.`title`) FROM `posts`");
  STATIC_REQUIRE(sql<postgres>(q) == R"(SELECT LOWER("posts"."class"), "posts"."class" || "posts"."title" FROM "posts")");
}
