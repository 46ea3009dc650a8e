// Golden SQL of every variant of statements with maybe(), dynamic(), one_of() and or_each(), per
// dialect, checked at compile time; and which variant a statement value runs.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

namespace {
auto search(std::optional<int> min_age, std::optional<std::string> pattern) {
  return select(users.id).from(users).where(users.age >= maybe(min_age) && users.name.like(maybe(pattern)));
}
}  // namespace

TEST_CASE("two maybe() filters: four variants, each numbered right on PostgreSQL", "[dynamic]") {
  auto q = search(std::nullopt, std::nullopt);
  STATIC_REQUIRE(variant_count(q) == 4);
  // Variant bits, first choice lowest: bit 0 = min_age given, bit 1 = pattern given.
  STATIC_REQUIRE(sql<sqlite, 0>(q) == R"(SELECT "users"."id" FROM "users")");
  STATIC_REQUIRE(sql<sqlite, 1>(q) == R"(SELECT "users"."id" FROM "users" WHERE "users"."age" >= ?)");
  STATIC_REQUIRE(sql<sqlite, 2>(q) == R"(SELECT "users"."id" FROM "users" WHERE "users"."name" LIKE ? ESCAPE '\')");
  STATIC_REQUIRE(sql<sqlite, 3>(q) ==
                 R"(SELECT "users"."id" FROM "users" WHERE ("users"."age" >= ?) AND ("users"."name" LIKE ? ESCAPE '\'))");
  STATIC_REQUIRE(sql<mysql, 0>(q) == "SELECT `users`.`id` FROM `users`");
  STATIC_REQUIRE(sql<mysql, 1>(q) == "SELECT `users`.`id` FROM `users` WHERE `users`.`age` >= ?");
  STATIC_REQUIRE(sql<mysql, 2>(q) == "SELECT `users`.`id` FROM `users` WHERE `users`.`name` LIKE ?");
  STATIC_REQUIRE(sql<mysql, 3>(q) == "SELECT `users`.`id` FROM `users` WHERE (`users`.`age` >= ?) AND (`users`.`name` LIKE ?)");
  STATIC_REQUIRE(sql<postgres, 0>(q) == R"(SELECT "users"."id" FROM "users")");
  STATIC_REQUIRE(sql<postgres, 1>(q) == R"(SELECT "users"."id" FROM "users" WHERE "users"."age" >= $1)");
  STATIC_REQUIRE(sql<postgres, 2>(q) == R"(SELECT "users"."id" FROM "users" WHERE "users"."name" LIKE $1)");
  STATIC_REQUIRE(sql<postgres, 3>(q) ==
                 R"(SELECT "users"."id" FROM "users" WHERE ("users"."age" >= $1) AND ("users"."name" LIKE $2))");

  CHECK(runtime_sql<postgres>(search(std::nullopt, std::nullopt)) == R"(SELECT "users"."id" FROM "users")");
  CHECK(runtime_sql<postgres>(search(18, std::nullopt)) == sql<postgres, 1>(q));
  CHECK(runtime_sql<postgres>(search(std::nullopt, "A%")) == sql<postgres, 2>(q));
  CHECK(runtime_sql<postgres>(search(18, "A%")) == sql<postgres, 3>(q));
  CHECK(variant_of(search(std::nullopt, "A%")) == 2);
}

TEST_CASE("dynamic() conditions, a fixed condition, || and a dynamic select item", "[dynamic]") {
  auto q = [](bool want_email, std::optional<int> age, bool adults) {
    return select(users.id, dynamic(want_email, users.email))
        .from(users)
        .where(users.id > 0 && (users.age == maybe(age) || dynamic(adults, users.age >= 18)));
  };
  auto v = q(false, std::nullopt, false);
  STATIC_REQUIRE(variant_count(v) == 8);
  // Bits: 0 = email selected, 1 = age given, 2 = adults.
  STATIC_REQUIRE(sql<postgres, 0>(v) == R"(SELECT "users"."id", NULL FROM "users" WHERE "users"."id" > $1)");
  STATIC_REQUIRE(sql<postgres, 1>(v) == R"(SELECT "users"."id", "users"."email" FROM "users" WHERE "users"."id" > $1)");
  STATIC_REQUIRE(sql<postgres, 2>(v) ==
                 R"(SELECT "users"."id", NULL FROM "users" WHERE ("users"."id" > $1) AND ("users"."age" = $2))");
  STATIC_REQUIRE(sql<postgres, 4>(v) ==
                 R"(SELECT "users"."id", NULL FROM "users" WHERE ("users"."id" > $1) AND ("users"."age" >= $2))");
  STATIC_REQUIRE(sql<sqlite, 7>(v) ==
                 R"(SELECT "users"."id", "users"."email" FROM "users" WHERE ("users"."id" > ?) AND (("users"."age" = ?) OR ("users"."age" >= ?)))");
  STATIC_REQUIRE(sql<mysql, 6>(v) ==
                 "SELECT `users`.`id`, NULL FROM `users` WHERE (`users`.`id` > ?) AND ((`users`.`age` = ?) OR (`users`.`age` >= ?))");
  CHECK(runtime_sql<postgres>(q(true, 30, true)) == sql<postgres, 7>(v));
  CHECK(runtime_sql<postgres>(q(false, std::nullopt, true)) == sql<postgres, 4>(v));
  // The email item is std::optional whether or not it is selected.
  STATIC_REQUIRE(std::is_same_v<decltype(v)::row_type, std::tuple<std::int64_t, std::optional<std::string>>>);
}

TEST_CASE("one_of() chooses the sort; between() and in() with maybe()", "[dynamic]") {
  auto q = [](std::size_t sort, std::optional<int> low, std::optional<int> high) {
    return select(users.name)
        .from(users)
        .where(users.age.between(maybe(low), maybe(high)) && users.id.in(maybe(std::optional<int>(7)), 8))
        .order_by(one_of(sort, users.name.asc(), users.age.desc(), users.id.asc()));
  };
  auto v = q(0, 1, 2);
  STATIC_REQUIRE(variant_count(v) == 2 * 2 * 2 * 3);
  // Bits 0, 1: low, high (between() drops out unless both are given); bit 2: the in() maybe; then the sort.
  STATIC_REQUIRE(sql<sqlite, 0>(v) == R"(SELECT "users"."name" FROM "users" ORDER BY "users"."name" ASC)");
  STATIC_REQUIRE(sql<sqlite, 8>(v) == R"(SELECT "users"."name" FROM "users" ORDER BY "users"."age" DESC)");
  STATIC_REQUIRE(sql<postgres, 23>(v) ==
                 R"(SELECT "users"."name" FROM "users" WHERE ("users"."age" BETWEEN $1 AND $2) AND ("users"."id" IN ($3, $4)) ORDER BY "users"."id" ASC)");
  STATIC_REQUIRE(sql<mysql, 19>(v) ==
                 "SELECT `users`.`name` FROM `users` WHERE `users`.`age` BETWEEN ? AND ? ORDER BY `users`.`id` ASC");
  CHECK(runtime_sql<postgres>(q(2, 1, 2)) == sql<postgres, 23>(v));
  CHECK(runtime_sql<sqlite>(q(1, std::nullopt, 2)) ==
        R"(SELECT "users"."name" FROM "users" WHERE "users"."id" IN (?, ?) ORDER BY "users"."age" DESC)");
  CHECK_THROWS_AS(q(3, 1, 2), ctql::error);
}

TEST_CASE("or_each() and and_each(): one condition per element, numbered in order; empty drops out", "[dynamic]") {
  auto q = [](const std::vector<std::string>& names, std::optional<int> age) {
    return select(users.id)
        .from(users)
        .where(or_each(names, [](const std::string& n) { return users.name == n; }) && users.age > maybe(age));
  };
  CHECK(runtime_sql<postgres>(q({"a", "b", "c"}, 3)) ==
        R"(SELECT "users"."id" FROM "users" WHERE (("users"."name" = $1) OR ("users"."name" = $2) OR ("users"."name" = $3)) AND ("users"."age" > $4))");
  CHECK(runtime_sql<postgres>(q({}, 3)) == R"(SELECT "users"."id" FROM "users" WHERE "users"."age" > $1)");
  CHECK(runtime_sql<mysql>(q({}, std::nullopt)) == "SELECT `users`.`id` FROM `users`");
  auto words = std::vector<std::string>{"%a%", "%b%"};
  auto all = select(users.id).from(users).where(and_each(words, [](const std::string& w) { return users.name.like(w); }));
  CHECK(runtime_sql<sqlite>(all) == R"(SELECT "users"."id" FROM "users" WHERE ("users"."name" LIKE ? ESCAPE '\') AND ("users"."name" LIKE ? ESCAPE '\'))");
}

TEST_CASE("having() drops out as where() does; update and delete take maybe() in where()", "[dynamic]") {
  auto q = [](std::optional<long long> min_posts) {
    return select(posts.user_id, count(posts.id)).from(posts).group_by(posts.user_id).having(count(posts.id) >= maybe(min_posts));
  };
  CHECK(runtime_sql<postgres>(q(std::nullopt)) ==
        R"(SELECT "posts"."user_id", COUNT("posts"."id") FROM "posts" GROUP BY "posts"."user_id")");
  CHECK(runtime_sql<postgres>(q(2)) ==
        R"(SELECT "posts"."user_id", COUNT("posts"."id") FROM "posts" GROUP BY "posts"."user_id" HAVING COUNT("posts"."id") >= $1)");
  auto u = update(users).set(users.age = 1).where(users.name == maybe(std::optional<std::string>("x")) && users.id > 2);
  CHECK(runtime_sql<postgres>(u) == R"(UPDATE "users" SET "age" = $1 WHERE ("users"."name" = $2) AND ("users"."id" > $3))");
}

namespace {
struct value_recorder {
  std::vector<std::string> values;
  template <class T>
  void operator()(const T& v) {
    if constexpr (std::is_arithmetic_v<T>) values.push_back(std::to_string(v));
    else values.emplace_back(std::string_view(v));
  }
};
template <class Q>
std::vector<std::string> bound(const Q& q) {
  value_recorder r;
  q.visit(r);
  return r.values;
}
}  // namespace

TEST_CASE("a part that drops out binds none of its values; the rest bind in placeholder order", "[dynamic]") {
  using strings = std::vector<std::string>;
  auto q = [](std::optional<int> low, std::optional<int> high, bool adults) {
    return select(users.id).from(users).where(users.id > 1 && users.age.between(maybe(low), maybe(high)) &&
                                              dynamic(adults, users.age >= 18) && users.name == "x");
  };
  // between() with only its low end drops out, low included: id > 1, name = x.
  CHECK(bound(q(5, std::nullopt, false)) == strings{"1", "x"});
  CHECK(runtime_sql<postgres>(q(5, std::nullopt, false)) ==
        R"(SELECT "users"."id" FROM "users" WHERE ("users"."id" > $1) AND ("users"."name" = $2))");
  // Everything present: 1, 5, 9, 18, x, in the order of $1..$5.
  CHECK(bound(q(5, 9, true)) == strings{"1", "5", "9", "18", "x"});
  CHECK(runtime_sql<postgres>(q(5, 9, true)) ==
        R"(SELECT "users"."id" FROM "users" WHERE ((("users"."id" > $1) AND ("users"."age" BETWEEN $2 AND $3)) AND ("users"."age" >= $4)) AND ("users"."name" = $5))");
  // The dynamic() condition alone dropped: 1, x... and 18 not bound.
  CHECK(bound(q(std::nullopt, std::nullopt, false)) == strings{"1", "x"});
}
