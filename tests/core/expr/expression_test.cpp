// Golden SQL of expression forms: in, between, null tests, case, arithmetic, aggregates, exists.
#include <catch2/catch.hpp>

#include <vector>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

TEST_CASE("in with a pack of values", "[expr]") {
  auto q = select(users.name).from(users).where(users.id.in(1, 2, 3));
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT "users"."name" FROM "users" WHERE "users"."id" IN (?, ?, ?))");
  STATIC_REQUIRE(sql<postgres>(q) == R"(SELECT "users"."name" FROM "users" WHERE "users"."id" IN ($1, $2, $3))");
}

TEST_CASE("in with a subquery", "[expr]") {
  auto q = select(users.name).from(users).where(users.id.in(select(posts.user_id).from(posts)));
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT `users`.`name` FROM `users` WHERE `users`.`id` IN (SELECT `posts`.`user_id` FROM `posts`)");
}

TEST_CASE("in with a runtime range renders at run time", "[expr]") {
  std::vector<std::int64_t> ids{4, 5, 6};
  auto q = select(users.name).from(users).where(users.id.in(ctql::ref(ids)) && users.age > 3);
  STATIC_REQUIRE(decltype(q)::is_dynamic);
  CHECK(runtime_sql<sqlite>(q) == R"(SELECT "users"."name" FROM "users" WHERE ("users"."id" IN (?, ?, ?)) AND ("users"."age" > ?))");
  CHECK(runtime_sql<postgres>(q) ==
        R"(SELECT "users"."name" FROM "users" WHERE ("users"."id" IN ($1, $2, $3)) AND ("users"."age" > $4))");
  ids.push_back(7);  // through ref(), the statement reads the caller's range when it runs
  CHECK(runtime_sql<mysql>(q) == "SELECT `users`.`name` FROM `users` WHERE (`users`.`id` IN (?, ?, ?, ?)) AND (`users`.`age` > ?)");
}

TEST_CASE("in with a range keeps its own copy unless ref() asks for a view", "[expr]") {
  std::vector<std::int64_t> ids{4, 5, 6};
  auto q = select(users.name).from(users).where(users.id.in(ids));
  ids.push_back(7);
  ids.clear();  // the statement copied the three ids when it was built
  CHECK(runtime_sql<sqlite>(q) == R"(SELECT "users"."name" FROM "users" WHERE "users"."id" IN (?, ?, ?))");
}

TEST_CASE("in with an empty range is false, not a syntax error", "[expr]") {
  auto q = select(users.name).from(users).where(users.id.in(std::vector<std::int64_t>{}));
  CHECK(runtime_sql<postgres>(q) == R"(SELECT "users"."name" FROM "users" WHERE "users"."id" IS NULL AND 1 = 0)");
}

TEST_CASE("between, not, is_null, is_not_null, or", "[expr]") {
  auto q = select(users.name).from(users).where(
      (users.age.between(18, 65) && !users.email.is_null()) || users.email.is_not_null());
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT "users"."name" FROM "users" WHERE (("users"."age" BETWEEN $1 AND $2) AND (NOT ("users"."email" IS NULL))) OR ("users"."email" IS NOT NULL))");
}

TEST_CASE("case_when with when and else_", "[expr]") {
  auto q = select(case_when(users.age < 18, "minor").when(users.age < 65, "adult").else_("senior")).from(users);
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT CASE WHEN "users"."age" < $1 THEN $2 WHEN "users"."age" < $3 THEN $4 ELSE $5 END FROM "users")");
}

TEST_CASE("arithmetic; integer division is DIV on MySQL", "[expr]") {
  auto q = select((users.age + 1) * 2, users.age / 3, users.age % 2, -users.age).from(users);
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT ("users"."age" + ?) * ?, "users"."age" / ?, "users"."age" % ?, -"users"."age" FROM "users")");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT (`users`.`age` + ?) * ?, `users`.`age` DIV ?, `users`.`age` % ?, -`users`.`age` FROM `users`");
  auto real = select(samples.ratio / 2).from(samples);
  STATIC_REQUIRE(sql<mysql>(real) == "SELECT `samples`.`ratio` / ? FROM `samples`");
}

TEST_CASE("double negation keeps its parentheses", "[expr]") {
  auto q = select(-(-users.age)).from(users);
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT -(-"users"."age") FROM "users")");
}

TEST_CASE("aggregates and named items", "[expr]") {
  auto q = select(count(), sum(users.age), avg(users.age), min(users.name), max(users.age).as<"oldest">()).from(users);
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT COUNT(*), SUM("users"."age"), AVG("users"."age"), MIN("users"."name"), MAX("users"."age") AS "oldest" FROM "users")");
}

TEST_CASE("avg() of integers is a double on every dialect", "[expr]") {
  // MySQL and MariaDB average integers into a DECIMAL of 4 places (4 / 3 = 1.3333): the operand is made a
  // DOUBLE there, as SQLite's and PostgreSQL's AVG already give (PostgreSQL: a NUMERIC of 16 places).
  auto q = select(avg(users.age), avg(samples.ratio)).from(users.join(samples).on(samples.id == users.id));
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT AVG("users"."age"), AVG("samples"."ratio") FROM "users" INNER JOIN "samples" ON "samples"."id" = "users"."id")");
  STATIC_REQUIRE(sql<postgres>(q) == sql<sqlite>(q));
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "SELECT AVG(CAST(`users`.`age` AS DOUBLE)), AVG(`samples`.`ratio`) "
                 "FROM `users` INNER JOIN `samples` ON `samples`.`id` = `users`.`id`");
  STATIC_REQUIRE(sql<mariadb>(q) == sql<mysql>(q));
  // As a window function too.
  auto w = select(users.name, avg(users.age).over()).from(users);
  STATIC_REQUIRE(sql<sqlite>(w) == R"(SELECT "users"."name", AVG("users"."age") OVER () FROM "users")");
  STATIC_REQUIRE(sql<mariadb>(w) == "SELECT `users`.`name`, AVG(CAST(`users`.`age` AS DOUBLE)) OVER () FROM `users`");
}

TEST_CASE("correlated exists", "[expr]") {
  auto q = select(users.name).from(users).where(exists(select(posts.id).from(posts).where(posts.user_id == users.id)));
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT "users"."name" FROM "users" WHERE EXISTS (SELECT "posts"."id" FROM "posts" WHERE "posts"."user_id" = "users"."id"))");
}

TEST_CASE("named parameters render as placeholders", "[expr]") {
  auto q = select(users.name).from(users).where(users.age >= param<"min"> && users.name == param<"name">);
  STATIC_REQUIRE(sql<postgres>(q) == R"(SELECT "users"."name" FROM "users" WHERE ("users"."age" >= $1) AND ("users"."name" = $2))");
  using params = decltype(q)::params;
  STATIC_REQUIRE(std::is_same_v<params, type_list<parameter<"min", int>, parameter<"name", std::string>>>);
}

TEST_CASE("a value on the left of an operator", "[expr]") {
  auto q = select(users.name).from(users).where(18 <= users.age);
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT "users"."name" FROM "users" WHERE ? <= "users"."age")");
}
