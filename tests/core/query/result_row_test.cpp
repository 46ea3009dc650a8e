// The C++ row types of select statements: optional where SQL can give NULL.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;
using std::optional;
using std::string;

template <class Q>
using row_t = typename Q::row_type;

TEST_CASE("plain columns keep their types; nullable columns are optional", "[result]") {
  auto q = select(users.id, users.name, users.age, users.email).from(users);
  STATIC_REQUIRE(std::is_same_v<row_t<decltype(q)>, std::tuple<std::int64_t, string, int, optional<string>>>);
}

TEST_CASE("the outer side of a join becomes optional", "[result]") {
  auto left = select(users.name, posts.title).from(users.left_join(posts).on(posts.user_id == users.id));
  STATIC_REQUIRE(std::is_same_v<row_t<decltype(left)>, std::tuple<string, optional<string>>>);
  auto right = select(users.name, posts.title).from(users.right_join(posts).on(posts.user_id == users.id));
  STATIC_REQUIRE(std::is_same_v<row_t<decltype(right)>, std::tuple<optional<string>, string>>);
  auto full = select(users.name, posts.title).from(users.full_join(posts).on(posts.user_id == users.id));
  STATIC_REQUIRE(std::is_same_v<row_t<decltype(full)>, std::tuple<optional<string>, optional<string>>>);
  auto inner = select(users.name, posts.title).from(users.join(posts).on(posts.user_id == users.id));
  STATIC_REQUIRE(std::is_same_v<row_t<decltype(inner)>, std::tuple<string, string>>);
  auto cross = select(users.name, posts.title).from(users.cross_join(posts));
  STATIC_REQUIRE(std::is_same_v<row_t<decltype(cross)>, std::tuple<string, string>>);
}

TEST_CASE("a left join after an inner join nulls only the joined table", "[result]") {
  constexpr auto boss = users.as<"boss">();
  auto q = select(users.name, posts.title, boss[users.name], boss[users.email])
               .from(users.join(posts).on(posts.user_id == users.id).left_join(boss).on(boss[users.id] == users.id));
  STATIC_REQUIRE(std::is_same_v<row_t<decltype(q)>, std::tuple<string, string, optional<string>, optional<string>>>);
}

TEST_CASE("expressions over the outer side are optional; null tests and COUNT are not", "[result]") {
  auto q = select(posts.id + 1, posts.title.is_null(), count(posts.id), max(posts.id), posts.title.as<"t">())
               .from(users.left_join(posts).on(posts.user_id == users.id))
               .group_by(posts.id, posts.title);
  STATIC_REQUIRE(std::is_same_v<row_t<decltype(q)>,
                                std::tuple<optional<std::int64_t>, bool, std::int64_t, optional<std::int64_t>, optional<string>>>);
}

TEST_CASE("aggregates: COUNT is never NULL, the others are optional", "[result]") {
  auto q = select(count(), count(users.email), sum(users.age), sum(samples.ratio), avg(users.age), min(users.name), max(samples.at))
               .from(users.cross_join(samples));
  STATIC_REQUIRE(std::is_same_v<row_t<decltype(q)>,
                                std::tuple<std::int64_t, std::int64_t, optional<std::int64_t>, optional<double>,
                                           optional<double>, optional<string>, optional<ctql::timestamp>>>);
}

TEST_CASE("case_when: common type, optional without else_", "[result]") {
  auto with_else = select(case_when(users.age < 18, "minor").else_("adult")).from(users);
  STATIC_REQUIRE(std::is_same_v<row_t<decltype(with_else)>, std::tuple<string>>);
  auto without = select(case_when(users.age < 18, users.age)).from(users);
  STATIC_REQUIRE(std::is_same_v<row_t<decltype(without)>, std::tuple<optional<int>>>);
  auto mixed = select(case_when(users.age < 18, users.age).else_(samples.ratio)).from(users.cross_join(samples));
  STATIC_REQUIRE(std::is_same_v<row_t<decltype(mixed)>, std::tuple<double>>);
}

TEST_CASE("comparisons and arithmetic follow nullability; floating point is double", "[result]") {
  auto q = select(users.age > 3, users.email == "x", users.age * 2, samples.weight * 2, users.age + samples.ratio)
               .from(users.cross_join(samples));
  STATIC_REQUIRE(std::is_same_v<row_t<decltype(q)>, std::tuple<bool, optional<bool>, int, optional<double>, double>>);
}
