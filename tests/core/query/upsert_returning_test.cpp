// Golden SQL of returning() and on_conflict() for each dialect.
#include <catch2/catch.hpp>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

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
}

TEST_CASE("on_conflict do_nothing", "[upsert]") {
  auto q = insert_into(users).set(users.name = "A", users.email = "e").on_conflict(users.email).do_nothing();
  STATIC_REQUIRE(sql<sqlite>(q) == R"(INSERT INTO "users" ("name", "email") VALUES (?, ?) ON CONFLICT ("email") DO NOTHING)");
  STATIC_REQUIRE(sql<postgres>(q) == R"(INSERT INTO "users" ("name", "email") VALUES ($1, $2) ON CONFLICT ("email") DO NOTHING)");
  // MySQL has no DO NOTHING: a no-op update of the conflicting column.
  STATIC_REQUIRE(sql<mysql>(q) == "INSERT INTO `users` (`name`, `email`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `email` = `email`, `id` = `id` + 0 * LAST_INSERT_ID(0)");
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
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "INSERT INTO `users` (`name`, `email`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `name` = VALUES(`name`), `age` = `users`.`age` + ?, `id` = `id` + 0 * LAST_INSERT_ID(0)");
  auto with_returning = insert_into(users).set(users.name = "A").on_conflict(users.id).do_update(users.age = 5).returning(users.id);
  STATIC_REQUIRE(sql<postgres>(with_returning) ==
                 R"(INSERT INTO "users" ("name") VALUES ($1) ON CONFLICT ("id") DO UPDATE SET "age" = $2 RETURNING "users"."id")");
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
                 "INSERT INTO `tags` (`post_id`, `tag`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `weight` = `tags`.`weight` + VALUES(`weight`)");
  auto nothing = insert_into(tags).set(tags.post_id = 1, tags.tag = "c++").on_conflict(tags.tag, tags.post_id).do_nothing();
  STATIC_REQUIRE(sql<postgres>(nothing) ==
                 R"(INSERT INTO "tags" ("post_id", "tag") VALUES ($1, $2) ON CONFLICT ("tag", "post_id") DO NOTHING)");
  STATIC_REQUIRE(sql<mysql>(nothing) ==
                 "INSERT INTO `tags` (`post_id`, `tag`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `tag` = `tag`");
}
