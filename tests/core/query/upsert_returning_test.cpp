// Golden SQL of returning() and on_conflict() for each dialect.
#include <catch2/catch.hpp>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

namespace {
/// A table whose name is MySQL's usual row alias.
struct new_t : ctql::table<new_t, "NEW"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"n", int> n;
};
constexpr new_t fresh{};
}  // namespace

TEST_CASE("returning after insert, update and delete", "[returning]") {
  auto ins = insert_into(users).set(users.name = "A").returning(users.id, users.name);
  STATIC_REQUIRE(sql<sqlite>(ins) == R"(INSERT INTO "users" ("name") VALUES (?) RETURNING "users"."id", "users"."name")");
  STATIC_REQUIRE(sql<postgres>(ins) == R"(INSERT INTO "users" ("name") VALUES ($1) RETURNING "users"."id", "users"."name")");
  STATIC_REQUIRE(std::is_same_v<decltype(ins)::row_type, std::tuple<std::int64_t, std::string>>);
  auto upd = update(users).set(users.age = 3).where(users.id == 1).returning(users.age, users.email);
  STATIC_REQUIRE(sql<postgres>(upd) == R"(UPDATE "users" SET "age" = $1 WHERE "users"."id" = $2 RETURNING "users"."age", "users"."email")");
  STATIC_REQUIRE(std::is_same_v<decltype(upd)::row_type, std::tuple<int, std::optional<std::string>>>);
  auto del = delete_from(users).where(users.id == 1).returning(users.id);
  STATIC_REQUIRE(sql<sqlite>(del) == R"(DELETE FROM "users" WHERE "users"."id" = ? RETURNING "users"."id")");
  // MariaDB 10.5+: after INSERT and DELETE (UPDATE ... RETURNING does not compile for it:
  // compile_fail_tests/dialect/update_returning_rendered_for_mariadb.cpp).
  STATIC_REQUIRE(sql<mariadb>(ins) == "INSERT INTO `users` (`name`) VALUES (?) RETURNING `users`.`id`, `users`.`name`");
  STATIC_REQUIRE(sql<mariadb>(del) == "DELETE FROM `users` WHERE `users`.`id` = ? RETURNING `users`.`id`");
  STATIC_REQUIRE(dialect_supports<mariadb, decltype(ins)>() && dialect_supports<mariadb, decltype(del)>());
}

TEST_CASE("on_conflict do_nothing", "[upsert]") {
  auto q = insert_into(users).set(users.name = "A", users.email = "e").on_conflict(users.email).do_nothing();
  STATIC_REQUIRE(sql<sqlite>(q) == R"(INSERT INTO "users" ("name", "email") VALUES (?, ?) ON CONFLICT ("email") DO NOTHING)");
  STATIC_REQUIRE(sql<postgres>(q) == R"(INSERT INTO "users" ("name", "email") VALUES ($1, $2) ON CONFLICT ("email") DO NOTHING)");
  // MySQL and MariaDB have no DO NOTHING: a no-op update of the conflicting column (no row alias:
  // nothing reads the proposed row).
  STATIC_REQUIRE(sql<mysql>(q) == "INSERT INTO `users` (`name`, `email`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `email` = `email`, `id` = `id` + 0 * LAST_INSERT_ID(0)");
  STATIC_REQUIRE(sql<mariadb>(q) == sql<mysql>(q));
}

TEST_CASE("on_conflict do_update with excluded values; placeholders keep counting", "[upsert]") {
  auto q = insert_into(users)
               .set(users.name = "A", users.email = "e")
               .on_conflict(users.email)
               .do_update(users.name = excluded(users.name), users.age = users.age + 1);
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(INSERT INTO "users" ("name", "email") VALUES (?, ?) ON CONFLICT ("email") DO UPDATE SET "name" = excluded."name", "age" = "users"."age" + ?)");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(INSERT INTO "users" ("name", "email") VALUES ($1, $2) ON CONFLICT ("email") DO UPDATE SET "name" = excluded."name", "age" = "users"."age" + $3)");
  // MySQL 8: the row alias (VALUES() is deprecated since 8.0.20); MariaDB: VALUES(), as it has no row alias.
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "INSERT INTO `users` (`name`, `email`) VALUES (?, ?) AS new ON DUPLICATE KEY UPDATE `name` = new.`name`, `age` = `users`.`age` + ?, `id` = `id` + 0 * LAST_INSERT_ID(0)");
  STATIC_REQUIRE(sql<mariadb>(q) ==
                 "INSERT INTO `users` (`name`, `email`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `name` = VALUES(`name`), `age` = `users`.`age` + ?, `id` = `id` + 0 * LAST_INSERT_ID(0)");
  auto with_returning = insert_into(users).set(users.name = "A").on_conflict(users.id).do_update(users.age = 5).returning(users.id);
  STATIC_REQUIRE(sql<postgres>(with_returning) ==
                 R"(INSERT INTO "users" ("name") VALUES ($1) ON CONFLICT ("id") DO UPDATE SET "age" = $2 RETURNING "users"."id")");
  STATIC_REQUIRE(sql<mariadb>(with_returning) ==
                 "INSERT INTO `users` (`name`) VALUES (?) ON DUPLICATE KEY UPDATE `age` = ?, `id` = `id` + 0 * LAST_INSERT_ID(0) RETURNING `users`.`id`");
}

TEST_CASE("MySQL's row alias is not the table's own name", "[upsert]") {
  // A table named `new` (any case) takes `new_row`: `new`.`x` would name the table and the alias.
  STATIC_REQUIRE(row_alias<users_t>() == "new");
  auto q = insert_into(fresh).set(fresh.id = 1, fresh.n = 2).on_conflict(fresh.id).do_update(fresh.n = excluded(fresh.n));
  STATIC_REQUIRE(sql<mysql>(q) == "INSERT INTO `NEW` (`id`, `n`) VALUES (?, ?) AS new_row ON DUPLICATE KEY UPDATE `n` = new_row.`n`, `id` = `id` + 0 * LAST_INSERT_ID(0)");
}

TEST_CASE("on_conflict names every column of a composite key; a table without an auto key adds nothing on MySQL",
          "[upsert]") {
  auto q = insert_into(tags)
               .set(tags.post_id = 1, tags.tag = "c++")
               .on_conflict(tags.post_id, tags.tag)
               .do_update(tags.weight = tags.weight + excluded(tags.weight));
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(INSERT INTO "tags" ("post_id", "tag") VALUES (?, ?) ON CONFLICT ("post_id", "tag") DO UPDATE SET "weight" = "tags"."weight" + excluded."weight")");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(INSERT INTO "tags" ("post_id", "tag") VALUES ($1, $2) ON CONFLICT ("post_id", "tag") DO UPDATE SET "weight" = "tags"."weight" + excluded."weight")");
  // tags has no key the database assigns, so no LAST_INSERT_ID(0) term.
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "INSERT INTO `tags` (`post_id`, `tag`) VALUES (?, ?) AS new ON DUPLICATE KEY UPDATE `weight` = `tags`.`weight` + new.`weight`");
  STATIC_REQUIRE(sql<mariadb>(q) ==
                 "INSERT INTO `tags` (`post_id`, `tag`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `weight` = `tags`.`weight` + VALUES(`weight`)");
  auto nothing = insert_into(tags).set(tags.post_id = 1, tags.tag = "c++").on_conflict(tags.tag, tags.post_id).do_nothing();
  STATIC_REQUIRE(sql<postgres>(nothing) ==
                 R"(INSERT INTO "tags" ("post_id", "tag") VALUES ($1, $2) ON CONFLICT ("tag", "post_id") DO NOTHING)");
  STATIC_REQUIRE(sql<mysql>(nothing) ==
                 "INSERT INTO `tags` (`post_id`, `tag`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `tag` = `tag`");
}
