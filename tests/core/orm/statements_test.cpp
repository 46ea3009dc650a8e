// The SQL of the statements a mapped struct runs, per dialect, fixed at compile time; and the
// mapping rules' verdicts in-process (their messages are compile_fail_tests/orm/).
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>

#include <ctql/ctql.hpp>
#include <ctql/orm.hpp>

#include "support/schema.hpp"

namespace {
struct User {
  using table = test::users_t;
  std::int64_t id = 0;
  std::string name = {};
  int age = 0;
  std::optional<std::string> email = {};
};
struct Tag {
  using table = test::tags_t;
  std::int64_t post_id = 0;
  std::string tag = {};
  int weight = 0;
};
struct Unmapped {
  std::int64_t id = 0;
};
struct Short {
  using table = test::users_t;
  std::int64_t id = 0;
  std::string name = {};
};
// The statements' types: their SQL depends on nothing else (the objects are bound by reference).
const User user{};
const Tag tag{};
}  // namespace

using namespace ctql::orm_detail;

TEST_CASE("mapped struct statements render once per dialect", "[orm]") {
  STATIC_REQUIRE(ctql::sql<ctql::sqlite, decltype(insert_of(user, insert_fields<User>{}))>() ==
                 R"(INSERT INTO "users" ("name", "age", "email") VALUES (?, ?, ?))");
  STATIC_REQUIRE(ctql::sql<ctql::postgres, decltype(insert_of(user, all_fields<User>{}))>() ==
                 R"(INSERT INTO "users" ("id", "name", "age", "email") VALUES ($1, $2, $3, $4))");
  STATIC_REQUIRE(ctql::sql<ctql::mysql, decltype(select_all<User>().where(own_key_condition(user, key_fields_of<User>{})))>() ==
                 "SELECT `users`.`id`, `users`.`name`, `users`.`age`, `users`.`email` FROM `users` WHERE `users`.`id` = ?");
  STATIC_REQUIRE(ctql::sql<ctql::postgres, decltype(update_of(user, value_fields_of<User>{}))>() ==
                 R"(UPDATE "users" SET "name" = $1, "age" = $2, "email" = $3 WHERE "users"."id" = $4)");
  STATIC_REQUIRE(ctql::sql<ctql::sqlite, decltype(upsert_of(user, all_fields<User>{}, key_fields_of<User>{}, value_fields_of<User>{}))>() ==
                 R"(INSERT INTO "users" ("id", "name", "age", "email") VALUES (?, ?, ?, ?) ON CONFLICT ("id") DO UPDATE )"
                 R"(SET "name" = excluded."name", "age" = excluded."age", "email" = excluded."email")");
  STATIC_REQUIRE(ctql::sql<ctql::mariadb, decltype(upsert_of(user, all_fields<User>{}, key_fields_of<User>{}, value_fields_of<User>{}))>() ==
                 "INSERT INTO `users` (`id`, `name`, `age`, `email`) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
                 "`name` = VALUES(`name`), `age` = VALUES(`age`), `email` = VALUES(`email`), "
                 "`id` = `id` + 0 * LAST_INSERT_ID(0)");
  STATIC_REQUIRE(ctql::sql<ctql::sqlite, decltype(delete_of(user))>() == R"(DELETE FROM "users" WHERE "users"."id" = ?)");
  // A composite key: both columns, in column order.
  STATIC_REQUIRE(ctql::sql<ctql::sqlite, decltype(delete_of(tag))>() ==
                 R"(DELETE FROM "tags" WHERE ("tags"."post_id" = ?) AND ("tags"."tag" = ?))");
  STATIC_REQUIRE(ctql::sql<ctql::postgres, decltype(upsert_of(tag, all_fields<Tag>{}, key_fields_of<Tag>{}, value_fields_of<Tag>{}))>() ==
                 R"(INSERT INTO "tags" ("post_id", "tag", "weight") VALUES ($1, $2, $3) ON CONFLICT ("post_id", "tag") )"
                 R"(DO UPDATE SET "weight" = excluded."weight")");
}

TEST_CASE("mapping facts: field names, keys, auto key, flush order", "[orm]") {
  STATIC_REQUIRE(field_name<User, 0>() == "id");
  STATIC_REQUIRE(field_name<User, 3>() == "email");
  STATIC_REQUIRE(column_member_name<test::posts_t, 4>() == "class_");  // the member, not the SQL name "class"
  STATIC_REQUIRE(auto_key_index<User> == 0);
  STATIC_REQUIRE(!has_auto_key<Tag>);  // a composite key is given, never assigned
  STATIC_REQUIRE(key_indexes<Tag>.size() == 2);
  STATIC_REQUIRE(flush_depth<test::users_t>() == 0);
  STATIC_REQUIRE(flush_depth<test::posts_t>() == 1);  // posts.user_id references users.id
  STATIC_REQUIRE(ctql::mapped<User>);
  STATIC_REQUIRE(!ctql::is_mapped<Unmapped>);
  STATIC_REQUIRE(!ctql::is_mapped<Short>);
}
