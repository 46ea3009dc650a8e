// The documented use of <ctql/core/query/upsert.hpp>: `insert_into(t).set(...).on_conflict(t.email)`
// `.do_nothing()` / `.do_update(t.name = excluded(t.name))`, a composite key named whole, and
// .returning() after it, with only that header (it brings insert_into) and what every user adds: a
// table (core/schema/table.hpp) and, to see the SQL, core/query/sql.hpp with one dialect.
// Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/query/upsert.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/sql.hpp"
#include "ctql/core/schema/table.hpp"

namespace upsert_use {

struct users_t : ctql::table<users_t, "users"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string> name;
  column<"email", std::optional<std::string>, ctql::unique> email;
};
inline constexpr users_t users{};

struct tags_t : ctql::table<tags_t, "tags"> {
  column<"post_id", std::int64_t, ctql::primary_key> post_id;
  column<"tag", std::string, ctql::primary_key, ctql::max_length<40>> tag;
  column<"weight", int, ctql::default_value<1>> weight;
};
inline constexpr tags_t tags{};

void do_nothing() {
  auto q = ctql::insert_into(users).set(users.name = "Al", users.email = "a@x.org").on_conflict(users.email).do_nothing();
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(INSERT INTO "users" ("name", "email") VALUES (?, ?) ON CONFLICT ("email") DO NOTHING)");
}

void do_update() {
  auto q = ctql::insert_into(users)
               .set(users.name = "Al", users.email = "a@x.org")
               .on_conflict(users.email)
               .do_update(users.name = ctql::excluded(users.name));
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(INSERT INTO "users" ("name", "email") VALUES (?, ?) ON CONFLICT ("email") DO UPDATE SET "name" = excluded."name")");
  auto composite = ctql::insert_into(tags)
                       .set(tags.post_id = 1, tags.tag = "c++")
                       .on_conflict(tags.post_id, tags.tag)
                       .do_update(tags.weight = tags.weight + ctql::excluded(tags.weight));
  static_assert(ctql::sql<ctql::sqlite>(composite) ==
                R"(INSERT INTO "tags" ("post_id", "tag") VALUES (?, ?) ON CONFLICT ("post_id", "tag") DO UPDATE SET "weight" = "tags"."weight" + excluded."weight")");
}

void returning() {
  auto q = ctql::insert_into(users).set(users.name = "Al").on_conflict(users.id).do_nothing().returning(users.id);
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(INSERT INTO "users" ("name") VALUES (?) ON CONFLICT ("id") DO NOTHING RETURNING "users"."id")");
  static_assert(std::is_same_v<decltype(q)::row_type, std::tuple<std::int64_t>>);
}

}  // namespace upsert_use
