// Golden SQL and types of coalesce and nullif.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

TEST_CASE("coalesce: not optional when an argument cannot be NULL, values bound", "[function][coalesce]") {
  auto q = select(coalesce(users.email, "none"), coalesce(users.email, users.email)).from(users);
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT COALESCE("users"."email", ?), COALESCE("users"."email", "users"."email") FROM "users")");
  STATIC_REQUIRE(sql<mysql>(q) == "SELECT COALESCE(`users`.`email`, ?), COALESCE(`users`.`email`, `users`.`email`) FROM `users`");
  STATIC_REQUIRE(sql<postgres>(q) == R"(SELECT COALESCE("users"."email", $1), COALESCE("users"."email", "users"."email") FROM "users")");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<std::string, std::optional<std::string>>>);
}

TEST_CASE("coalesce: the common type of its arguments; a param<> takes it (and, not optional, ends the NULLs)", "[function][coalesce]") {
  auto q = select(coalesce(samples.weight, samples.ratio), coalesce(samples.day, param<"day">), coalesce(samples.weight, 0)).from(samples);
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT COALESCE("samples"."weight", "samples"."ratio"), COALESCE("samples"."day", $1), COALESCE("samples"."weight", $2) FROM "samples")");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<double, ctql::date, float>>);
  STATIC_REQUIRE(std::is_same_v<decltype(q)::params, type_list<parameter<"day", ctql::date>>>);
}

TEST_CASE("coalesce over an outer join stays optional unless a bound value ends it", "[function][coalesce]") {
  auto q = select(coalesce(posts.title, users.name), coalesce(posts.title, "(none)"))
               .from(users.left_join(posts).on(posts.user_id == users.id));
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<std::optional<std::string>, std::string>>);
}

TEST_CASE("nullif is always optional", "[function][nullif]") {
  auto q = select(nullif(users.age, 0), nullif(users.name, ""), nullif(users.email, users.name)).from(users);
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT NULLIF("users"."age", ?), NULLIF("users"."name", ?), NULLIF("users"."email", "users"."name") FROM "users")");
  STATIC_REQUIRE(sql<mysql>(q) == "SELECT NULLIF(`users`.`age`, ?), NULLIF(`users`.`name`, ?), NULLIF(`users`.`email`, `users`.`name`) FROM `users`");
  STATIC_REQUIRE(sql<postgres>(q) == R"(SELECT NULLIF("users"."age", $1), NULLIF("users"."name", $2), NULLIF("users"."email", "users"."name") FROM "users")");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type,
                                std::tuple<std::optional<int>, std::optional<std::string>, std::optional<std::string>>>);
}

TEST_CASE("coalesce and nullif in where, update set and insert values", "[function][coalesce]") {
  auto q = select(users.id).from(users).where(coalesce(users.email, "") == "" && nullif(users.age, 0).is_null());
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT "users"."id" FROM "users" WHERE (COALESCE("users"."email", ?) = ?) AND (NULLIF("users"."age", ?) IS NULL))");
  auto u = update(users).set(users.email = nullif(users.email, "")).where(users.id == 1);
  STATIC_REQUIRE(sql<postgres>(u) == R"(UPDATE "users" SET "email" = NULLIF("users"."email", $1) WHERE "users"."id" = $2)");
  auto i = insert_into(users).set(users.name = coalesce(param<"name">, "anonymous"), users.age = 1);
  STATIC_REQUIRE(sql<mysql>(i) == "INSERT INTO `users` (`name`, `age`) VALUES (COALESCE(?, ?), ?)");
}
