// Golden SQL and types of cast<T>: the dialect's type names for CAST.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

TEST_CASE("cast to numbers and strings, optional as the operand", "[function][cast]") {
  auto q = select(cast<double>(users.age), cast<std::int64_t>(users.name), cast<std::string>(users.age), cast<int>(samples.weight))
               .from(users);
  // (samples.weight is not in from(): only the rendering and the types are checked here.)
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<double, std::int64_t, std::string, std::optional<int>>>);
  auto s = select(cast<double>(users.age), cast<std::int64_t>(users.name), cast<std::string>(users.email)).from(users);
  STATIC_REQUIRE(sql<sqlite>(s) ==
                 R"(SELECT CAST("users"."age" AS REAL), CAST("users"."name" AS INTEGER), CAST("users"."email" AS TEXT) FROM "users")");
  STATIC_REQUIRE(sql<mysql>(s) ==
                 "SELECT CAST(`users`.`age` AS DOUBLE), CAST(`users`.`name` AS SIGNED), CAST(`users`.`email` AS CHAR) FROM `users`");
  STATIC_REQUIRE(sql<postgres>(s) ==
                 R"(SELECT CAST("users"."age" AS DOUBLE PRECISION), CAST("users"."name" AS BIGINT), CAST("users"."email" AS TEXT) FROM "users")");
  STATIC_REQUIRE(std::is_same_v<decltype(s)::row_type, std::tuple<double, std::int64_t, std::optional<std::string>>>);
}

TEST_CASE("cast to a date: DATE() on SQLite, which keeps dates as text", "[function][cast]") {
  auto q = select(cast<ctql::date>(posts.created), cast<ctql::date>(posts.title)).from(posts);
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT DATE("posts"."created"), DATE("posts"."title") FROM "posts")");
  STATIC_REQUIRE(sql<mysql>(q) == "SELECT CAST(`posts`.`created` AS DATE), CAST(`posts`.`title` AS DATE) FROM `posts`");
  STATIC_REQUIRE(sql<postgres>(q) == R"(SELECT CAST("posts"."created" AS DATE), CAST("posts"."title" AS DATE) FROM "posts")");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<ctql::date, ctql::date>>);
}

TEST_CASE("cast of a bound value and in where", "[function][cast]") {
  auto q = select(users.id).from(users).where(cast<std::string>(users.age) == "30" && cast<double>(std::string("2.5")) > 1.0);
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT "users"."id" FROM "users" WHERE (CAST("users"."age" AS TEXT) = $1) AND (CAST($2 AS DOUBLE PRECISION) > $3))");
}
