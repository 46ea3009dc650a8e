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
