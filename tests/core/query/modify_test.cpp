// Golden SQL of insert, update and delete.
#include <catch2/catch.hpp>

#include <tuple>
#include <vector>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

TEST_CASE("insert with set", "[insert]") {
  auto q = insert_into(users).set(users.name = "Alice", users.age = 30);
  STATIC_REQUIRE(sql<sqlite>(q) == R"(INSERT INTO "users" ("name", "age") VALUES (?, ?))");
  STATIC_REQUIRE(sql<mysql>(q) == "INSERT INTO `users` (`name`, `age`) VALUES (?, ?)");
  STATIC_REQUIRE(sql<postgres>(q) == R"(INSERT INTO "users" ("name", "age") VALUES ($1, $2))");
}

TEST_CASE("insert a nullable column as std::nullopt or a plain value", "[insert]") {
  auto none = insert_into(users).set(users.name = "Eve", users.email = std::nullopt);
  auto some = insert_into(users).set(users.name = "Eve", users.email = "e@x.org");
  STATIC_REQUIRE(sql<sqlite>(none) == R"(INSERT INTO "users" ("name", "email") VALUES (?, ?))");
  STATIC_REQUIRE(sql<sqlite>(some) == sql<sqlite>(none));
}

namespace {
struct counters_t : ctql::table<counters_t, "counters"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"hits", int, ctql::default_value<0>> hits;
};
inline constexpr counters_t counters{};
}  // namespace

TEST_CASE("insert default values", "[insert]") {
  auto q = insert_into(counters).default_values();
  STATIC_REQUIRE(sql<sqlite>(q) == R"(INSERT INTO "counters" DEFAULT VALUES)");
  STATIC_REQUIRE(sql<mysql>(q) == "INSERT INTO `counters` () VALUES ()");
  STATIC_REQUIRE(sql<postgres>(q) == R"(INSERT INTO "counters" DEFAULT VALUES)");
}

TEST_CASE("bulk insert of a range renders one row per element", "[insert]") {
  std::vector<std::tuple<std::string, int>> rows{{"a", 1}, {"b", 2}};
  auto q = insert_into(users).columns(users.name, users.age).values(rows);
  auto viewing = insert_into(users).columns(users.name, users.age).values(ctql::ref(rows));
  CHECK(runtime_sql<sqlite>(q) == R"(INSERT INTO "users" ("name", "age") VALUES (?, ?), (?, ?))");
  CHECK(runtime_sql<postgres>(q) == R"(INSERT INTO "users" ("name", "age") VALUES ($1, $2), ($3, $4))");
  rows.emplace_back("c", 3);
  // q copied its two rows when it was built; through ref(), viewing reads the caller's three.
  CHECK(runtime_sql<mysql>(q) == "INSERT INTO `users` (`name`, `age`) VALUES (?, ?), (?, ?)");
  CHECK(runtime_sql<mysql>(viewing) == "INSERT INTO `users` (`name`, `age`) VALUES (?, ?), (?, ?), (?, ?)");
}

TEST_CASE("update with where", "[update]") {
  auto q = update(users).set(users.age = users.age + 1).where(users.id == 7);
  STATIC_REQUIRE(sql<sqlite>(q) == R"(UPDATE "users" SET "age" = "users"."age" + ? WHERE "users"."id" = ?)");
  STATIC_REQUIRE(sql<mysql>(q) == "UPDATE `users` SET `age` = `users`.`age` + ? WHERE `users`.`id` = ?");
  STATIC_REQUIRE(sql<postgres>(q) == R"(UPDATE "users" SET "age" = "users"."age" + $1 WHERE "users"."id" = $2)");
}

TEST_CASE("update unconditionally", "[update]") {
  auto q = update(users).set(users.age = 0, users.email = "x").unconditionally();
  STATIC_REQUIRE(sql<postgres>(q) == R"(UPDATE "users" SET "age" = $1, "email" = $2)");
}

TEST_CASE("update with a subquery on another table", "[update]") {
  auto q = update(users).set(users.age = 0).where(exists(select(posts.id).from(posts).where(posts.user_id == users.id)));
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(UPDATE "users" SET "age" = $1 WHERE EXISTS (SELECT "posts"."id" FROM "posts" WHERE "posts"."user_id" = "users"."id"))");
}

TEST_CASE("delete with where and unconditionally", "[delete]") {
  auto q = delete_from(users).where(users.email.is_null());
  STATIC_REQUIRE(sql<sqlite>(q) == R"(DELETE FROM "users" WHERE "users"."email" IS NULL)");
  STATIC_REQUIRE(sql<mysql>(q) == "DELETE FROM `users` WHERE `users`.`email` IS NULL");
  auto all = delete_from(users).unconditionally();
  STATIC_REQUIRE(sql<postgres>(all) == R"(DELETE FROM "users")");
}
