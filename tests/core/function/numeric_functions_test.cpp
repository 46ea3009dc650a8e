// Golden SQL and types of abs and round.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <tuple>
#include <type_traits>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

TEST_CASE("abs keeps the operand's type", "[function][numeric]") {
  auto q = select(abs(samples.tiny), abs(samples.ratio), abs(samples.weight)).from(samples);
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT ABS("samples"."tiny"), ABS("samples"."ratio"), ABS("samples"."weight") FROM "samples")");
  STATIC_REQUIRE(sql<mysql>(q) == "SELECT ABS(`samples`.`tiny`), ABS(`samples`.`ratio`), ABS(`samples`.`weight`) FROM `samples`");
  STATIC_REQUIRE(sql<postgres>(q) == R"(SELECT ABS("samples"."tiny"), ABS("samples"."ratio"), ABS("samples"."weight") FROM "samples")");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<std::int8_t, double, std::optional<float>>>);
}

TEST_CASE("round of a double: ROUND, through NUMERIC on PostgreSQL", "[function][numeric]") {
  auto q = select(round(samples.ratio, 2), round(samples.ratio), round(samples.weight, 1)).from(samples);
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT ROUND("samples"."ratio", ?), ROUND("samples"."ratio"), ROUND("samples"."weight", ?) FROM "samples")");
  STATIC_REQUIRE(sql<mysql>(q) == "SELECT ROUND(`samples`.`ratio`, ?), ROUND(`samples`.`ratio`), ROUND(`samples`.`weight`, ?) FROM `samples`");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT CAST(ROUND(CAST("samples"."ratio" AS NUMERIC), $1) AS DOUBLE PRECISION), )"
                 R"(CAST(ROUND(CAST("samples"."ratio" AS NUMERIC)) AS DOUBLE PRECISION), )"
                 R"(CAST(ROUND(CAST("samples"."weight" AS NUMERIC), $2) AS DOUBLE PRECISION) FROM "samples")");
  // A float rounded is a double (0.1f rounded to 1 digit is 0.1, which no float holds).
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<double, double, std::optional<double>>>);
}

TEST_CASE("round of an integer stays an integer: cast back from SQLite's REAL", "[function][numeric]") {
  auto q = select(round(samples.small, -1), round(samples.tiny)).from(samples);
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT CAST(ROUND("samples"."small", ?) AS INTEGER), CAST(ROUND("samples"."tiny") AS INTEGER) FROM "samples")");
  STATIC_REQUIRE(sql<mysql>(q) == "SELECT CAST(ROUND(`samples`.`small`, ?) AS SIGNED), CAST(ROUND(`samples`.`tiny`) AS SIGNED) FROM `samples`");
  STATIC_REQUIRE(sql<postgres>(q) == R"(SELECT CAST(ROUND("samples"."small", $1) AS BIGINT), CAST(ROUND("samples"."tiny") AS BIGINT) FROM "samples")");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<std::uint16_t, std::int8_t>>);
}

TEST_CASE("round's digits: an int64 is cast to INTEGER on PostgreSQL, a param<> is an int", "[function][numeric]") {
  auto q = select(round(samples.ratio, std::int64_t{2}), round(samples.ratio, param<"digits">)).from(samples);
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT CAST(ROUND(CAST("samples"."ratio" AS NUMERIC), CAST($1 AS INTEGER)) AS DOUBLE PRECISION), )"
                 R"(CAST(ROUND(CAST("samples"."ratio" AS NUMERIC), $2) AS DOUBLE PRECISION) FROM "samples")");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::params, type_list<parameter<"digits", int>>>);
}

TEST_CASE("abs and round in where, order_by and update set", "[function][numeric]") {
  auto q = select(samples.id).from(samples).where(abs(samples.ratio - 30) < 5).order_by(round(samples.ratio, 1).desc());
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT "samples"."id" FROM "samples" WHERE ABS("samples"."ratio" - ?) < ? ORDER BY ROUND("samples"."ratio", ?) DESC)");
  auto h = select(users.age, count()).from(users).group_by(users.age).having(abs(sum(users.age)) > 10);
  STATIC_REQUIRE(sql<postgres>(h) ==
                 R"(SELECT "users"."age", COUNT(*) FROM "users" GROUP BY "users"."age" HAVING ABS(SUM("users"."age")) > $1)");
  auto u = update(samples).set(samples.ratio = round(samples.ratio, 2)).unconditionally();
  STATIC_REQUIRE(sql<mysql>(u) == "UPDATE `samples` SET `ratio` = ROUND(`samples`.`ratio`, ?)");
}
