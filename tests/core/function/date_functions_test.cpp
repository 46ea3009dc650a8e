// Golden SQL and types of current_date, current_timestamp and extract<part>.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <tuple>
#include <type_traits>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

TEST_CASE("current_date and current_timestamp are UTC on every dialect", "[function][date]") {
  auto q = select(current_date(), current_timestamp()).from(users);
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT CURRENT_DATE, strftime('%Y-%m-%d %H:%M:%f000', 'now') FROM "users")");
  STATIC_REQUIRE(sql<mysql>(q) == "SELECT UTC_DATE(), UTC_TIMESTAMP(6) FROM `users`");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT CAST(CURRENT_TIMESTAMP AT TIME ZONE 'UTC' AS DATE), (CURRENT_TIMESTAMP AT TIME ZONE 'UTC') FROM "users")");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<ctql::date, ctql::timestamp>>);
}

TEST_CASE("extract: strftime on SQLite, EXTRACT cast to BIGINT on PostgreSQL", "[function][date]") {
  auto q = select(extract<"year">(posts.created), extract<"month">(posts.created), extract<"day">(posts.created),
                  extract<"hour">(posts.created), extract<"minute">(posts.created), extract<"second">(posts.created))
               .from(posts);
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT CAST(strftime('%Y', "posts"."created") AS INTEGER), CAST(strftime('%m', "posts"."created") AS INTEGER), )"
                 R"(CAST(strftime('%d', "posts"."created") AS INTEGER), CAST(strftime('%H', "posts"."created") AS INTEGER), )"
                 R"(CAST(strftime('%M', "posts"."created") AS INTEGER), CAST(strftime('%S', "posts"."created") AS INTEGER) FROM "posts")");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT EXTRACT(YEAR FROM `posts`.`created`), EXTRACT(MONTH FROM `posts`.`created`), EXTRACT(DAY FROM `posts`.`created`), "
                 "EXTRACT(HOUR FROM `posts`.`created`), EXTRACT(MINUTE FROM `posts`.`created`), EXTRACT(SECOND FROM `posts`.`created`) "
                 "FROM `posts`");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT CAST(EXTRACT(YEAR FROM "posts"."created") AS BIGINT), CAST(EXTRACT(MONTH FROM "posts"."created") AS BIGINT), )"
                 R"(CAST(EXTRACT(DAY FROM "posts"."created") AS BIGINT), CAST(EXTRACT(HOUR FROM "posts"."created") AS BIGINT), )"
                 R"(CAST(EXTRACT(MINUTE FROM "posts"."created") AS BIGINT), CAST(FLOOR(EXTRACT(SECOND FROM "posts"."created")) AS BIGINT) )"
                 R"(FROM "posts")");
  using i64 = std::int64_t;
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<i64, i64, i64, i64, i64, i64>>);
}

TEST_CASE("extract of an optional date is optional; of a bound value; in where and group_by", "[function][date]") {
  auto q = select(extract<"year">(samples.day), count()).from(samples).where(extract<"month">(samples.at) == 12)
               .group_by(extract<"year">(samples.day));
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT CAST(EXTRACT(YEAR FROM "samples"."day") AS BIGINT), COUNT(*) FROM "samples" )"
                 R"(WHERE CAST(EXTRACT(MONTH FROM "samples"."at") AS BIGINT) = $1 GROUP BY CAST(EXTRACT(YEAR FROM "samples"."day") AS BIGINT))");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<std::optional<std::int64_t>, std::int64_t>>);
  const ctql::date d = std::chrono::sys_days{std::chrono::year{2024} / 3 / 1};
  auto v = select(extract<"day">(d)).from(samples);
  STATIC_REQUIRE(sql<sqlite>(v) == R"(SELECT CAST(strftime('%d', ?) AS INTEGER) FROM "samples")");
}

TEST_CASE("current_timestamp in where, update set and insert values", "[function][date]") {
  auto q = select(posts.id).from(posts).where(posts.created < current_timestamp());
  STATIC_REQUIRE(sql<mysql>(q) == "SELECT `posts`.`id` FROM `posts` WHERE `posts`.`created` < UTC_TIMESTAMP(6)");
  auto u = update(samples).set(samples.day = current_date(), samples.at = current_timestamp()).where(samples.id == 1);
  STATIC_REQUIRE(sql<sqlite>(u) ==
                 R"(UPDATE "samples" SET "day" = CURRENT_DATE, "at" = strftime('%Y-%m-%d %H:%M:%f000', 'now') WHERE "samples"."id" = ?)");
  auto i = insert_into(posts).set(posts.user_id = 1, posts.title = "t", posts.created = current_timestamp(), posts.class_ = "c");
  STATIC_REQUIRE(sql<postgres>(i) ==
                 R"(INSERT INTO "posts" ("user_id", "title", "created", "class") VALUES ($1, $2, (CURRENT_TIMESTAMP AT TIME ZONE 'UTC'), $3))");
}
