// Golden SQL of INSERT ... SELECT: insert_into(t).columns(...).from_select(query).
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

namespace {
/// Where old users go: the same columns, no key of its own.
struct archive_t : ctql::table<archive_t, "archive"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string, ctql::max_length<50>> name;
  column<"email", std::optional<std::string>> email;
};
inline constexpr archive_t archive{};
}  // namespace

TEST_CASE("insert ... select: the select's SQL after the column list, values bound in SQL order", "[insert_select]") {
  auto q = insert_into(archive)
               .columns(archive.id, archive.name, archive.email)
               .from_select(select(users.id, users.name, users.email).from(users).where(users.age > 65));
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(INSERT INTO "archive" ("id", "name", "email") SELECT "users"."id", "users"."name", "users"."email" FROM "users" WHERE "users"."age" > ?)");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "INSERT INTO `archive` (`id`, `name`, `email`) SELECT `users`.`id`, `users`.`name`, `users`.`email` FROM `users` WHERE `users`.`age` > ?");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(INSERT INTO "archive" ("id", "name", "email") SELECT "users"."id", "users"."name", "users"."email" FROM "users" WHERE "users"."age" > $1)");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::params, type_list<>>);
  STATIC_REQUIRE(select_insert<decltype(q)>);
}

TEST_CASE("insert ... select: columns in another order, an expression, a param", "[insert_select]") {
  // A non-null email (coalesce) can go into the NOT NULL name column.
  auto q = insert_into(archive)
               .columns(archive.name, archive.id)
               .from_select(select(coalesce(users.email, users.name), users.id + 1000)
                                .from(users)
                                .where(users.age >= param<"min_age">));
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(INSERT INTO "archive" ("name", "id") SELECT COALESCE("users"."email", "users"."name"), "users"."id" + $1 FROM "users" WHERE "users"."age" >= $2)");
  STATIC_REQUIRE(decltype(q)::params::size == 1);
}

TEST_CASE("insert ... select of a select with a WITH: the WITH stays in front of the select", "[insert_select]") {
  auto old = cte<"old">(select(users.id, users.name).from(users).where(users.age > 65));
  auto q = insert_into(archive).columns(archive.id, archive.name).from_select(select(old[users.id], old[users.name]).from(old));
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(INSERT INTO "archive" ("id", "name") WITH "old" AS (SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" > ?) SELECT "old"."id", "old"."name" FROM "old")");
  STATIC_REQUIRE(sql<mysql>(q) ==
                 "INSERT INTO `archive` (`id`, `name`) WITH `old` AS (SELECT `users`.`id`, `users`.`name` FROM `users` WHERE `users`.`age` > ?) SELECT `old`.`id`, `old`.`name` FROM `old`");
}

TEST_CASE("insert ... select of a set operation", "[insert_select]") {
  auto q = insert_into(archive)
               .columns(archive.id, archive.name)
               .from_select(select(users.id, users.name).from(users).where(users.age > 65).union_all(
                   select(users.id, users.name).from(users).where(users.email.is_null())));
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(INSERT INTO "archive" ("id", "name") SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" > $1 UNION ALL SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."email" IS NULL)");
}

TEST_CASE("insert ... select with on_conflict: SQLite's select gets a WHERE before ON CONFLICT", "[insert_select]") {
  auto plain = insert_into(archive).columns(archive.id, archive.name).from_select(select(users.id, users.name).from(users));
  auto q = plain.on_conflict(archive.id).do_update(archive.name = excluded(archive.name));
  STATIC_REQUIRE(sql<sqlite>(plain) == R"(INSERT INTO "archive" ("id", "name") SELECT "users"."id", "users"."name" FROM "users")");
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(INSERT INTO "archive" ("id", "name") SELECT "users"."id", "users"."name" FROM "users" WHERE true ON CONFLICT ("id") DO UPDATE SET "name" = excluded."name")");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(INSERT INTO "archive" ("id", "name") SELECT "users"."id", "users"."name" FROM "users" ON CONFLICT ("id") DO UPDATE SET "name" = excluded."name")");
  // MariaDB reads the row the select gave with VALUES(); MySQL 8 has no row alias after a SELECT, so
  // ctql::mysql refuses excluded() there (compile_fail_tests/dialect/excluded_after_insert_select_for_mysql).
  STATIC_REQUIRE(sql<mariadb>(q) ==
                 "INSERT INTO `archive` (`id`, `name`) SELECT `users`.`id`, `users`.`name` FROM `users` ON DUPLICATE KEY UPDATE `archive`.`name` = VALUES(`name`), `archive`.`id` = `archive`.`id` + 0 * LAST_INSERT_ID(0)");
  STATIC_REQUIRE(select_insert<decltype(q)>);

  // WHERE true goes where a WHERE goes: before GROUP BY and ORDER BY; a select's own where() stays.
  auto grouped = insert_into(archive)
                     .columns(archive.id, archive.name)
                     .from_select(select(count(users.id), users.name).from(users).group_by(users.name).order_by(users.name))
                     .on_conflict(archive.id)
                     .do_nothing();
  STATIC_REQUIRE(sql<sqlite>(grouped) ==
                 R"(INSERT INTO "archive" ("id", "name") SELECT COUNT("users"."id"), "users"."name" FROM "users" WHERE true GROUP BY "users"."name" ORDER BY "users"."name" ON CONFLICT ("id") DO NOTHING)");
  auto filtered = insert_into(archive)
                      .columns(archive.id, archive.name)
                      .from_select(select(users.id, users.name).from(users).where(users.age > 1))
                      .on_conflict(archive.id)
                      .do_nothing();
  // MySQL: the table's columns qualified, as the select's tables may have columns of those names.
  STATIC_REQUIRE(sql<mysql>(filtered) ==
                 "INSERT INTO `archive` (`id`, `name`) SELECT `users`.`id`, `users`.`name` FROM `users` WHERE `users`.`age` > ? ON DUPLICATE KEY UPDATE `archive`.`id` = `archive`.`id`, `archive`.`id` = `archive`.`id` + 0 * LAST_INSERT_ID(0)");
  STATIC_REQUIRE(sql<sqlite>(filtered) ==
                 R"(INSERT INTO "archive" ("id", "name") SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" > ? ON CONFLICT ("id") DO NOTHING)");

  // A set operation is read as a derived table there.
  auto both = insert_into(archive)
                  .columns(archive.id, archive.name)
                  .from_select(select(users.id, users.name).from(users).union_all(select(posts.id, posts.title).from(posts)))
                  .on_conflict(archive.id)
                  .do_nothing();
  STATIC_REQUIRE(sql<sqlite>(both) ==
                 R"(INSERT INTO "archive" ("id", "name") SELECT * FROM (SELECT "users"."id", "users"."name" FROM "users" UNION ALL SELECT "posts"."id", "posts"."title" FROM "posts") WHERE true ON CONFLICT ("id") DO NOTHING)");
}

TEST_CASE("insert ... select with returning", "[insert_select]") {
  auto q = insert_into(archive)
               .columns(archive.id, archive.name)
               .from_select(select(users.id, users.name).from(users).where(users.age > 65))
               .returning(archive.id);
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(INSERT INTO "archive" ("id", "name") SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" > ? RETURNING "archive"."id")");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(INSERT INTO "archive" ("id", "name") SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" > $1 RETURNING "archive"."id")");
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<std::int64_t>>);
  auto upsert = insert_into(archive)
                    .columns(archive.id, archive.name)
                    .from_select(select(users.id, users.name).from(users))
                    .on_conflict(archive.id)
                    .do_nothing()
                    .returning(archive.id);
  STATIC_REQUIRE(sql<sqlite>(upsert) ==
                 R"(INSERT INTO "archive" ("id", "name") SELECT "users"."id", "users"."name" FROM "users" WHERE true ON CONFLICT ("id") DO NOTHING RETURNING "archive"."id")");
}
