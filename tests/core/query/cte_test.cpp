// Golden SQL and result types of common table expressions.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

namespace {
struct cats_t : ctql::table<cats_t, "cats"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"parent_id", std::optional<std::int64_t>> parent_id;
};
inline constexpr cats_t cats{};
}  // namespace

TEST_CASE("a CTE renders WITH in front, its values bound first", "[select][cte]") {
  auto active = cte<"active">(select(users.id, users.name).from(users).where(users.age >= 18));
  auto q = select(active[users.name]).from(active).where(active[users.name] != "x");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(WITH "active" AS (SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" >= $1) SELECT "active"."name" FROM "active" WHERE "active"."name" <> $2)");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "WITH `active` AS (SELECT `users`.`id`, `users`.`name` FROM `users` WHERE `users`.`age` >= ?) SELECT `active`.`name` FROM `active` WHERE `active`.`name` <> ?");
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(WITH "active" AS (SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" >= ?) SELECT "active"."name" FROM "active" WHERE "active"."name" <> ?)");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<std::string>>);
}

TEST_CASE("a CTE that uses another lists it first, once", "[select][cte]") {
  auto active = cte<"active">(select(users.id, users.name).from(users).where(users.age >= 18));
  auto busy = cte<"busy">(select(active[users.id]).from(active.join(posts).on(posts.user_id == active[users.id])));
  // busy selects active's id, so busy[users.id] reaches it.
  auto q = select(busy[users.id], active[users.name]).from(busy.join(active).on(active[users.id] == busy[users.id]));
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(WITH "active" AS (SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" >= ?), "busy" AS (SELECT "active"."id" FROM "active" INNER JOIN "posts" ON "posts"."user_id" = "active"."id") SELECT "busy"."id", "active"."name" FROM "busy" INNER JOIN "active" ON "active"."id" = "busy"."id")");
}

TEST_CASE("a recursive CTE renders WITH RECURSIVE ... UNION ALL", "[select][cte]") {
  std::int64_t root = 1;
  auto tree = recursive_cte<"tree">(
      select(cats.id, cats.parent_id).from(cats).where(cats.id == root),
      [](auto self) { return select(cats.id, cats.parent_id).from(cats.join(self).on(cats.parent_id == self[cats.id])); });
  auto q = select(tree[cats.id]).from(tree).order_by(tree[cats.id]);
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "WITH RECURSIVE `tree` AS (SELECT `cats`.`id`, `cats`.`parent_id` FROM `cats` WHERE `cats`.`id` = ? UNION ALL SELECT `cats`.`id`, `cats`.`parent_id` FROM `cats` INNER JOIN `tree` ON `cats`.`parent_id` = `tree`.`id`) SELECT `tree`.`id` FROM `tree` ORDER BY `tree`.`id`");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(WITH RECURSIVE "tree" AS (SELECT "cats"."id", "cats"."parent_id" FROM "cats" WHERE "cats"."id" = $1 UNION ALL SELECT "cats"."id", "cats"."parent_id" FROM "cats" INNER JOIN "tree" ON "cats"."parent_id" = "tree"."id") SELECT "tree"."id" FROM "tree" ORDER BY "tree"."id")");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<std::int64_t>>);
  // A column is optional if either part gives it optional: the step reads parent_id through a left join.
  auto loose = recursive_cte<"loose">(
      select(cats.id).from(cats),
      [](auto self) { return select(cats.parent_id).from(self.left_join(cats).on(cats.id == self[cats.id])); });
  using row = decltype(select(loose[cats.id]).from(loose))::row_type;
  STATIC_REQUIRE(std::is_same_v<row, std::tuple<std::optional<std::int64_t>>>);
}

TEST_CASE("a CTE used in a delete's subquery renders WITH inside it", "[delete][cte]") {
  auto minors = cte<"minors">(select(users.id).from(users).where(users.age < 18));
  auto q = delete_from(posts).where(posts.user_id.in(select(minors[users.id]).from(minors)));
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(DELETE FROM "posts" WHERE "posts"."user_id" IN (WITH "minors" AS (SELECT "users"."id" FROM "users" WHERE "users"."age" < ?) SELECT "minors"."id" FROM "minors"))");
}

TEST_CASE("a set operation whose arms use CTEs writes one WITH in front of the whole", "[select][cte][set_operation]") {
  auto adults = cte<"adults">(select(users.name).from(users).where(users.age >= 18));
  auto titled = cte<"titled">(select(posts.title).from(posts).where(posts.id > 1));
  // Only the second arm uses a CTE: its WITH goes in front, not between the arms.
  auto second = select(users.name).from(users).union_all(select(adults[users.name]).from(adults));
  STATIC_REQUIRE(sql<postgres>(second) ==
                 R"(WITH "adults" AS (SELECT "users"."name" FROM "users" WHERE "users"."age" >= $1) SELECT "users"."name" FROM "users" UNION ALL SELECT "adults"."name" FROM "adults")");
  // Both arms, each its own CTE, and the same CTE in both arms listed once.
  auto both = select(adults[users.name]).from(adults).union_distinct(select(titled[posts.title]).from(titled));
  STATIC_REQUIRE(sql<mysql>(both) ==
                 "WITH `adults` AS (SELECT `users`.`name` FROM `users` WHERE `users`.`age` >= ?), `titled` AS (SELECT `posts`.`title` FROM `posts` WHERE `posts`.`id` > ?) SELECT `adults`.`name` FROM `adults` UNION SELECT `titled`.`title` FROM `titled`");
  auto same = select(adults[users.name]).from(adults).intersect(select(adults[users.name]).from(adults));
  STATIC_REQUIRE(sql<sqlite>(same) ==
                 R"(WITH "adults" AS (SELECT "users"."name" FROM "users" WHERE "users"."age" >= ?) SELECT "adults"."name" FROM "adults" INTERSECT SELECT "adults"."name" FROM "adults")");
}
