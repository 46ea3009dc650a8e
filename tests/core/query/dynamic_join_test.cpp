// Golden SQL of statements with a dynamic join (dynamic(flag, table)) and the parts that use its
// table under the same flag, per dialect and variant; and maybe(optional range) in in().
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <span>
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
                 R"(SELECT "users"."name", "posts"."title" FROM "users" LEFT OUTER JOIN "posts" ON "posts"."user_id" = "users"."id" WHERE "posts"."title" LIKE ? ESCAPE '\' ORDER BY "posts"."title" ASC, "users"."id" ASC)");
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

TEST_CASE("an inner dynamic join; its ON binds its values only with the flag; two joins under one flag", "[dynamic]") {
  auto q = [](bool p) {
    const flag<"with_posts"> with_posts{p};
    return select(users.id, dynamic(with_posts, tags.tag))
        .from(users.join(dynamic(with_posts, posts))
                  .on(posts.user_id == users.id && posts.id != 99)
                  .left_join(dynamic(with_posts, tags))
                  .on(tags.post_id == posts.id))
        .where(users.age > 7);
  };
  // One flag for both joins: two variants, not four.
  STATIC_REQUIRE(variant_count(q(false)) == 2);
  STATIC_REQUIRE(sql<postgres, 0>(q(false)) == R"(SELECT "users"."id", NULL FROM "users" WHERE "users"."age" > $1)");
  STATIC_REQUIRE(sql<postgres, 1>(q(false)) ==
                 R"(SELECT "users"."id", "tags"."tag" FROM "users" INNER JOIN "posts" ON ("posts"."user_id" = "users"."id") AND ("posts"."id" <> $1) LEFT OUTER JOIN "tags" ON "tags"."post_id" = "posts"."id" WHERE "users"."age" > $2)");
  using strings = std::vector<std::string>;
  CHECK(bound(q(true)) == strings{"99", "7"});
  CHECK(bound(q(false)) == strings{"7"});  // the ON's 99 is not bound without the join
  CHECK(runtime_sql<sqlite>(q(false)) == R"(SELECT "users"."id", NULL FROM "users" WHERE "users"."age" > ?)");
}

TEST_CASE("two flags: each its own digit, in join order; having() and a named item under a flag", "[dynamic]") {
  auto q = [](bool p, bool t) {
    const flag<"with_posts"> with_posts{p};
    const flag<"with_tags"> with_tags{t};
    return select(users.id, dynamic(with_posts, count(posts.id)).as<"posts">(), dynamic(with_tags, max(tags.weight)))
        .from(users.left_join(dynamic(with_posts, posts))
                  .on(posts.user_id == users.id)
                  .left_join(dynamic(with_tags, tags))
                  .on(tags.post_id == users.id))
        .group_by(users.id)
        .having(dynamic(with_posts, count(posts.id) > 1));
  };
  STATIC_REQUIRE(variant_count(q(false, false)) == 4);
  STATIC_REQUIRE(sql<sqlite, 0>(q(false, false)) ==
                 R"(SELECT "users"."id", NULL AS "posts", NULL FROM "users" GROUP BY "users"."id")");
  STATIC_REQUIRE(sql<sqlite, 2>(q(false, false)) ==
                 R"(SELECT "users"."id", NULL AS "posts", MAX("tags"."weight") FROM "users" LEFT OUTER JOIN "tags" ON "tags"."post_id" = "users"."id" GROUP BY "users"."id")");
  STATIC_REQUIRE(sql<postgres, 3>(q(false, false)) ==
                 R"(SELECT "users"."id", COUNT("posts"."id") AS "posts", MAX("tags"."weight") FROM "users" LEFT OUTER JOIN "posts" ON "posts"."user_id" = "users"."id" LEFT OUTER JOIN "tags" ON "tags"."post_id" = "users"."id" GROUP BY "users"."id" HAVING COUNT("posts"."id") > $1)");
  CHECK(variant_of(q(true, false)) == 1);
  CHECK(variant_of(q(false, true)) == 2);
  CHECK(runtime_sql<postgres>(q(true, false)) ==
        R"(SELECT "users"."id", COUNT("posts"."id") AS "posts", NULL FROM "users" LEFT OUTER JOIN "posts" ON "posts"."user_id" = "users"."id" GROUP BY "users"."id" HAVING COUNT("posts"."id") > $1)");
}

TEST_CASE("a guard given a flag object of the same name with another value is a ctql::error when run", "[dynamic]") {
  const flag<"with_posts"> on{true};
  const flag<"with_posts"> off{false};
  auto q = select(users.id, dynamic(off, posts.title)).from(users.left_join(dynamic(on, posts)).on(posts.user_id == users.id));
  CHECK_THROWS_AS(runtime_sql<sqlite>(q), ctql::error);
  CHECK_THROWS_AS(variant_of(q), ctql::error);
}

TEST_CASE("hostile: a unicode flag name, a reserved-word column under a guard, a span and text with \"\" in maybe()",
          "[dynamic]") {
  auto q = [](bool on) {
    const flag<"mit_beiträgen"> f{on};
    return select(users.id, dynamic(f, posts.class_))
        .from(users.cross_join(dynamic(f, posts)))
        .where(dynamic(f, posts.class_ == "select"));
  };
  CHECK(variant_count(q(true)) == 2);
  CHECK(runtime_sql<mysql>(q(true)) ==
        "SELECT `users`.`id`, `posts`.`class` FROM `users` CROSS JOIN `posts` WHERE `posts`.`class` = ?");
  CHECK(runtime_sql<mysql>(q(false)) == "SELECT `users`.`id`, NULL FROM `users`");

  const std::int64_t raw[] = {3, 1};
  std::optional<std::span<const std::int64_t>> view = std::span<const std::int64_t>(raw);
  auto s = select(users.id).from(users).where(users.id.in(maybe(view)));
  CHECK(runtime_sql<postgres>(s) == R"(SELECT "users"."id" FROM "users" WHERE "users"."id" IN ($1, $2))");
  CHECK(bound(s) == std::vector<std::string>{"3", "1"});

  std::optional<std::vector<std::string>> names = std::vector<std::string>{"", "Zoë", "O'Brien"};
  auto t = select(users.id).from(users).where(users.name.in(maybe(names)));
  CHECK(bound(t) == std::vector<std::string>{"", "Zoë", "O'Brien"});  // bound, never spliced into the text
  CHECK(runtime_sql<sqlite>(t) == R"(SELECT "users"."id" FROM "users" WHERE "users"."name" IN (?, ?, ?))");
}
