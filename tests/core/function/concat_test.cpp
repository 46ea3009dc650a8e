// Golden SQL and types of concat(): || on SQLite and PostgreSQL, CONCAT() on MySQL.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

TEST_CASE("concat is || or CONCAT(), optional if any part is", "[function][concat]") {
  auto q = select(concat(users.name, " <", users.email, ">"), concat(users.name, "!")).from(users);
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT "users"."name" || ? || "users"."email" || ?, "users"."name" || ? FROM "users")");
  STATIC_REQUIRE(sql<mysql>(q) == "SELECT CONCAT(`users`.`name`, ?, `users`.`email`, ?), CONCAT(`users`.`name`, ?) FROM `users`");
  STATIC_REQUIRE(sql<postgres>(q) == R"(SELECT "users"."name" || $1 || "users"."email" || $2, "users"."name" || $3 FROM "users")");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<std::optional<std::string>, std::string>>);
}

TEST_CASE("concat inside another operator is parenthesized; parts that are operators too", "[function][concat]") {
  auto q = select(users.id).from(users).where(concat(users.name, lower(users.name)) == "aa");
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT "users"."id" FROM "users" WHERE ("users"."name" || LOWER("users"."name")) = ?)");
  STATIC_REQUIRE(sql<mysql>(q) == "SELECT `users`.`id` FROM `users` WHERE (CONCAT(`users`.`name`, LOWER(`users`.`name`))) = ?");
  auto nested = select(concat(concat(users.name, "-"), users.name).as<"twice">()).from(users);
  STATIC_REQUIRE(sql<postgres>(nested) == R"(SELECT (("users"."name" || $1) || "users"."name") AS "twice" FROM "users")");
  STATIC_REQUIRE(sql<mysql>(nested) == "SELECT (CONCAT(CONCAT(`users`.`name`, ?), `users`.`name`)) AS `twice` FROM `users`");
}

TEST_CASE("concat of two params and in update set", "[function][concat]") {
  auto u = update(users).set(users.name = concat(param<"first">, " ", param<"last">)).where(users.id == param<"id">);
  STATIC_REQUIRE(sql<postgres>(u) == R"(UPDATE "users" SET "name" = $1 || $2 || $3 WHERE "users"."id" = $4)");
  STATIC_REQUIRE(std::is_same_v<decltype(u)::params,
                                type_list<parameter<"first", std::string>, parameter<"last", std::string>, parameter<"id", std::int64_t>>>);
}
