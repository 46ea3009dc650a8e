// Golden SQL of statements with a dynamic join (dynamic(flag, table)) and the parts that use its
// table under the same flag, per dialect and variant; and maybe(optional range) in in().
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

namespace {
auto titles(bool want_posts, std::optional<int> min_age) {
  const flag<"with_posts"> with_posts{want_posts};
  return select(users.name, dynamic(with_posts, posts.title))
      .from(users.left_join(dynamic(with_posts, posts)).on(posts.user_id == users.id))
      .where(users.age >= maybe(min_age) && dynamic(with_posts, posts.title.like("A%")))
      .order_by(dynamic(with_posts, posts.title.asc()), users.id.asc());
}
}  // namespace

TEST_CASE("a dynamic join: the join, its ON and its guarded uses in the variants with the flag", "[dynamic]") {
  auto q = titles(false, std::nullopt);
  // The flag is the lowest digit, then the maybe().
  STATIC_REQUIRE(variant_count(q) == 4);
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<std::string, std::optional<std::string>>>);
  STATIC_REQUIRE(sql<sqlite, 0>(q) == R"(SELECT "users"."name", NULL FROM "users" ORDER BY "users"."id" ASC)");
  STATIC_REQUIRE(sql<sqlite, 1>(q) ==
                 R"(SELECT "users"."name", "posts"."title" FROM "users" LEFT OUTER JOIN "posts" ON "posts"."user_id" = "users"."id" WHERE "posts"."title" LIKE ? ORDER BY "posts"."title" ASC, "users"."id" ASC)");
  STATIC_REQUIRE(sql<sqlite, 2>(q) ==
                 R"(SELECT "users"."name", NULL FROM "users" WHERE "users"."age" >= ? ORDER BY "users"."id" ASC)");
  STATIC_REQUIRE(sql<postgres, 3>(q) ==
                 R"(SELECT "users"."name", "posts"."title" FROM "users" LEFT OUTER JOIN "posts" ON "posts"."user_id" = "users"."id" WHERE ("users"."age" >= $1) AND ("posts"."title" LIKE $2) ORDER BY "posts"."title" ASC, "users"."id" ASC)");
  STATIC_REQUIRE(sql<mysql, 3>(q) ==
                 "SELECT `users`.`name`, `posts`.`title` FROM `users` LEFT OUTER JOIN `posts` ON `posts`.`user_id` = `users`.`id` WHERE (`users`.`age` >= ?) AND (`posts`.`title` LIKE ?) ORDER BY `posts`.`title` ASC, `users`.`id` ASC");
  STATIC_REQUIRE(sql<mariadb, 0>(q) == "SELECT `users`.`name`, NULL FROM `users` ORDER BY `users`.`id` ASC");

  CHECK(variant_of(titles(true, std::nullopt)) == 1);
  CHECK(variant_of(titles(false, 30)) == 2);
  CHECK(runtime_sql<postgres>(titles(true, 30)) == sql<postgres, 3>(q));
  CHECK(runtime_sql<postgres>(titles(false, 30)) ==
        R"(SELECT "users"."name", NULL FROM "users" WHERE "users"."age" >= $1 ORDER BY "users"."id" ASC)");
}

namespace {
auto by_ids(std::optional<std::vector<std::int64_t>> ids, std::optional<int> min_age) {
  return select(users.id).from(users).where(users.id.in(maybe(std::move(ids))) && users.age > maybe(min_age));
}
}  // namespace

TEST_CASE("maybe(optional range) in in(): absent drops out, present is IN (...), empty present is false", "[dynamic]") {
  using ids = std::vector<std::int64_t>;
  CHECK(runtime_sql<postgres>(by_ids(std::nullopt, std::nullopt)) == R"(SELECT "users"."id" FROM "users")");
  CHECK(runtime_sql<postgres>(by_ids(std::nullopt, 3)) == R"(SELECT "users"."id" FROM "users" WHERE "users"."age" > $1)");
  CHECK(runtime_sql<postgres>(by_ids(ids{4, 5, 6}, 3)) ==
        R"(SELECT "users"."id" FROM "users" WHERE ("users"."id" IN ($1, $2, $3)) AND ("users"."age" > $4))");
  CHECK(runtime_sql<mysql>(by_ids(ids{4}, std::nullopt)) == "SELECT `users`.`id` FROM `users` WHERE `users`.`id` IN (?)");
  // Given but empty: SQL's empty IN, false for every row; never "no filter".
  CHECK(runtime_sql<sqlite>(by_ids(ids{}, std::nullopt)) ==
        R"(SELECT "users"."id" FROM "users" WHERE "users"."id" IS NULL AND 1 = 0)");
  CHECK(runtime_sql<postgres>(by_ids(ids{}, 3)) ==
        R"(SELECT "users"."id" FROM "users" WHERE ("users"."id" IS NULL AND 1 = 0) AND ("users"."age" > $1))");
  CHECK(variant_of(by_ids(std::nullopt, 3)) == 2);
  CHECK(variant_of(by_ids(ids{}, 3)) == 3);

  // An lvalue optional is copied when the statement is built; ctql::ref-like reference_wrapper is read when run.
  std::optional<ids> kept = ids{1, 2};
  auto q = select(users.id).from(users).where(users.id.in(maybe(kept)));
  kept->push_back(3);
  CHECK(runtime_sql<postgres>(q) == R"(SELECT "users"."id" FROM "users" WHERE "users"."id" IN ($1, $2))");
  ids live{1, 2};
  auto r = select(users.id).from(users).where(users.id.in(maybe(std::optional(std::ref(live)))));
  live.push_back(3);
  CHECK(runtime_sql<postgres>(r) == R"(SELECT "users"."id" FROM "users" WHERE "users"."id" IN ($1, $2, $3))");
  // Text elements; || with another condition.
  std::optional<std::vector<std::string>> names = std::vector<std::string>{"Ann", "Bob"};
  auto s = select(users.id).from(users).where(users.name.in(maybe(names)) || users.age == 1);
  CHECK(runtime_sql<sqlite>(s) == R"(SELECT "users"."id" FROM "users" WHERE ("users"."name" IN (?, ?)) OR ("users"."age" = ?))");
}
