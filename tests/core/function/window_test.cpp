// Golden SQL of window functions per dialect (core/function/window.hpp, window_functions.hpp), and
// their types.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

TEST_CASE("row_number() over a partition and an order", "[window]") {
  auto q = select(posts.id, row_number().over(partition_by(posts.user_id).order_by(posts.id.desc()))).from(posts);
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT "posts"."id", ROW_NUMBER() OVER (PARTITION BY "posts"."user_id" ORDER BY "posts"."id" DESC) FROM "posts")");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT "posts"."id", ROW_NUMBER() OVER (PARTITION BY "posts"."user_id" ORDER BY "posts"."id" DESC) FROM "posts")");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT `posts`.`id`, ROW_NUMBER() OVER (PARTITION BY `posts`.`user_id` ORDER BY `posts`.`id` DESC) FROM `posts`");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<std::int64_t, std::int64_t>>);
}

TEST_CASE("rank() and dense_rank() over window().order_by(), several partition keys", "[window]") {
  auto q = select(rank().over(window().order_by(users.age.desc())),
                  dense_rank().over(partition_by(users.name, users.email).order_by(users.age, users.id.asc())))
               .from(users);
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT RANK() OVER (ORDER BY "users"."age" DESC), DENSE_RANK() OVER (PARTITION BY "users"."name", "users"."email" ORDER BY "users"."age", "users"."id" ASC) FROM "users")");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT RANK() OVER (ORDER BY `users`.`age` DESC), DENSE_RANK() OVER (PARTITION BY `users`.`name`, "
                 "`users`.`email` ORDER BY `users`.`age`, `users`.`id` ASC) FROM `users`");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<std::int64_t, std::int64_t>>);
}

TEST_CASE("lag() and lead(), with an offset, are optional of their operand's type", "[window]") {
  auto q = select(lag(users.name).over(window().order_by(users.id)), lead<2>(users.age).over(window().order_by(users.id)),
                  lag<0>(users.email).over(partition_by(users.age).order_by(users.id)))
               .from(users);
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT LAG("users"."name") OVER (ORDER BY "users"."id"), LEAD("users"."age", 2) OVER (ORDER BY "users"."id"), LAG("users"."email", 0) OVER (PARTITION BY "users"."age" ORDER BY "users"."id") FROM "users")");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT LAG(`users`.`name`) OVER (ORDER BY `users`.`id`), LEAD(`users`.`age`, 2) OVER (ORDER BY "
                 "`users`.`id`), LAG(`users`.`email`, 0) OVER (PARTITION BY `users`.`age` ORDER BY `users`.`id`) FROM `users`");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type,
                                std::tuple<std::optional<std::string>, std::optional<int>, std::optional<std::string>>>);
}

TEST_CASE("every aggregate takes over(), with the aggregate's type; an empty over()", "[window]") {
  auto q = select(count().over(), count(users.email).over(partition_by(users.age)), sum(users.age).over(),
                  avg(users.age).over(), min(users.name).over(), max(users.id).over())
               .from(users);
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT COUNT(*) OVER (), COUNT("users"."email") OVER (PARTITION BY "users"."age"), SUM("users"."age") OVER (), AVG("users"."age") OVER (), MIN("users"."name") OVER (), MAX("users"."id") OVER () FROM "users")");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT COUNT(*) OVER (), COUNT(`users`.`email`) OVER (PARTITION BY `users`.`age`), SUM(`users`.`age`) "
                 "OVER (), AVG(CAST(`users`.`age` AS DOUBLE)) OVER (), MIN(`users`.`name`) OVER (), MAX(`users`.`id`) OVER () FROM `users`");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type,
                                std::tuple<std::int64_t, std::int64_t, std::optional<std::int64_t>, std::optional<double>,
                                           std::optional<std::string>, std::optional<std::int64_t>>>);
}

TEST_CASE("frames: rows_between and range_between with each bound", "[window][frame]") {
  auto running = sum(users.age).over(partition_by(users.name).order_by(users.id).rows_between(unbounded_preceding(), current_row()));
  auto moving = avg(users.age).over(window().order_by(users.id).rows_between(preceding<2>(), following<1>()));
  auto rest = count().over(window().order_by(users.id).rows_between(following<1>(), unbounded_following()));
  auto near = sum(users.age).over(window().order_by(users.age.desc()).range_between(preceding<5>(), current_row()));
  auto whole = max(users.age).over(window().order_by(users.age).range_between(unbounded_preceding(), unbounded_following()));
  auto q = select(running, moving, rest, near, whole).from(users);
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT SUM("users"."age") OVER (PARTITION BY "users"."name" ORDER BY "users"."id" ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), )"
                 R"(AVG("users"."age") OVER (ORDER BY "users"."id" ROWS BETWEEN 2 PRECEDING AND 1 FOLLOWING), )"
                 R"(COUNT(*) OVER (ORDER BY "users"."id" ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING), )"
                 R"(SUM("users"."age") OVER (ORDER BY "users"."age" DESC RANGE BETWEEN 5 PRECEDING AND CURRENT ROW), )"
                 R"(MAX("users"."age") OVER (ORDER BY "users"."age" RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM "users")");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT SUM(`users`.`age`) OVER (PARTITION BY `users`.`name` ORDER BY `users`.`id` ROWS BETWEEN UNBOUNDED "
                 "PRECEDING AND CURRENT ROW), AVG(CAST(`users`.`age` AS DOUBLE)) OVER (ORDER BY `users`.`id` ROWS BETWEEN 2 PRECEDING AND 1 "
                 "FOLLOWING), COUNT(*) OVER (ORDER BY `users`.`id` ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING), "
                 "SUM(`users`.`age`) OVER (ORDER BY `users`.`age` DESC RANGE BETWEEN 5 PRECEDING AND CURRENT ROW), "
                 "MAX(`users`.`age`) OVER (ORDER BY `users`.`age` RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED "
                 "FOLLOWING) FROM `users`");
  // A frame without an order_by() (ROWS counts rows in the database's order) and a frame alone.
  auto unordered = select(sum(users.age).over(window().rows_between(preceding<1>(), current_row()))).from(users);
  STATIC_REQUIRE(sql<sqlite>(unordered) ==
                 R"(SELECT SUM("users"."age") OVER (ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM "users")");
}

TEST_CASE("a window's nulls_first()/nulls_last() is written as ORDER BY writes it", "[window][nulls_order]") {
  auto q = select(row_number().over(window().order_by(users.email.asc().nulls_last(), users.id))).from(users);
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT ROW_NUMBER() OVER (ORDER BY "users"."email" ASC NULLS LAST, "users"."id") FROM "users")");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT ROW_NUMBER() OVER (ORDER BY "users"."email" ASC NULLS LAST, "users"."id") FROM "users")");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT ROW_NUMBER() OVER (ORDER BY `users`.`email` IS NULL, `users`.`email` ASC, `users`.`id`) FROM `users`");
  // RANGE with an offset and nulls_first() is fine where NULLS FIRST is a keyword.
  auto ranged = select(sum(users.age).over(window().order_by(users.age.asc().nulls_first()).range_between(preceding<1>(), current_row())))
                    .from(users);
  STATIC_REQUIRE(sql<postgres>(ranged) ==
                 R"(SELECT SUM("users"."age") OVER (ORDER BY "users"."age" ASC NULLS FIRST RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM "users")");
}

TEST_CASE("bound values in a window are numbered in render order", "[window]") {
  auto q = select(users.id, sum(users.age + 1).over(partition_by(users.age > 18).order_by((users.id * 2).desc())))
               .from(users)
               .where(users.age < 90);
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT "users"."id", SUM("users"."age" + $1) OVER (PARTITION BY "users"."age" > $2 ORDER BY ("users"."id" * $3) DESC) FROM "users" WHERE "users"."age" < $4)");
  // visit() hands over the values in the same order as the placeholders: 1, 18, 2, 90.
  std::vector<std::string> values;
  auto record = [&](const auto& v) {
    if constexpr (std::is_arithmetic_v<std::remove_cvref_t<decltype(v)>>) values.push_back(std::to_string(v));
    else values.push_back("?");
  };
  q.visit(record);
  CHECK(values == std::vector<std::string>{"1", "18", "2", "90"});
}

TEST_CASE("named window function, ordered by in the statement; a window function in ORDER BY", "[window]") {
  auto rn = row_number().over(window().order_by(users.id)).as<"rn">();
  auto q = select(users.id, rn).from(users).order_by(rn.desc(), rank().over(window().order_by(users.age)));
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT "users"."id", ROW_NUMBER() OVER (ORDER BY "users"."id") AS "rn" FROM "users" ORDER BY "rn" DESC, RANK() OVER (ORDER BY "users"."age"))");
}

TEST_CASE("top-N per group: row_number named in a derived table, filtered outside", "[window][derived]") {
  auto rn = row_number().over(partition_by(posts.user_id).order_by(posts.id.desc())).as<"rn">();
  auto ranked = select(posts.user_id, posts.id, rn).from(posts).as<"ranked">();
  auto q = select(ranked[posts.user_id], ranked[posts.id]).from(ranked).where(ranked[rn] <= 2);
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT "ranked"."user_id", "ranked"."id" FROM (SELECT "posts"."user_id", "posts"."id", ROW_NUMBER() OVER (PARTITION BY "posts"."user_id" ORDER BY "posts"."id" DESC) AS "rn" FROM "posts") AS "ranked" WHERE "ranked"."rn" <= $1)");
  STATIC_REQUIRE(std::is_same_v<decltype(ranked[rn])::value_type, std::int64_t>);
}

TEST_CASE("grouping: a windowed aggregate is not an aggregate; an aggregate inside a window is", "[window][grouping]") {
  // count().over() alone does not group the statement: users.name needs no group_by().
  auto plain = select(users.name, count().over()).from(users);
  STATIC_REQUIRE(sql<sqlite>(plain) == R"(SELECT "users"."name", COUNT(*) OVER () FROM "users")");
  STATIC_REQUIRE(decltype(plain)::template check<true>());
  // Rank the groups by their size: the window orders by an aggregate of the grouped rows.
  auto grouped = select(users.age, count(), rank().over(window().order_by(count().desc())))
                     .from(users)
                     .group_by(users.age);
  STATIC_REQUIRE(sql<mysql>(grouped) ==
                 "SELECT `users`.`age`, COUNT(*), RANK() OVER (ORDER BY COUNT(*) DESC) FROM `users` GROUP BY `users`.`age`");
  STATIC_REQUIRE(decltype(grouped)::template check<true>());
  // A running total of group sums: sum(sum(x)) over the groups is written as an aggregate inside a window.
  auto share = select(users.age, sum(users.id).over(partition_by(users.age))).from(users).group_by(users.age, users.id);
  STATIC_REQUIRE(decltype(share)::template check<true>());
}

TEST_CASE("has_window: the trait of window functions and what contains them", "[window][traits]") {
  auto w = row_number().over();
  STATIC_REQUIRE(decltype(w)::has_window);
  STATIC_REQUIRE(!decltype(w)::has_aggregate);
  STATIC_REQUIRE(decltype(w + 1)::has_window);
  STATIC_REQUIRE(decltype(sum(users.age).over())::has_window);
  STATIC_REQUIRE(!decltype(sum(users.age))::has_window);
  STATIC_REQUIRE(!decltype(users.age)::has_window);
  // A scalar subquery's window functions are its own.
  STATIC_REQUIRE(!decltype(select(count().over()).from(users).as_scalar_value())::has_window);
  // Its columns are free: the grouping rules see the argument and the window's columns.
  STATIC_REQUIRE(std::is_same_v<decltype(sum(users.age).over(partition_by(users.name)))::free_columns,
                                type_list<std::remove_cvref_t<decltype(users.age)>, std::remove_cvref_t<decltype(users.name)>>>);
  STATIC_REQUIRE(decltype(count().over())::never_null);
  STATIC_REQUIRE(!decltype(lag(users.id).over(window().order_by(users.id)))::never_null);
}
