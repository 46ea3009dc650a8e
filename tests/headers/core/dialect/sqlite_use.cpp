// The documented use of <ctql/core/dialect/sqlite.hpp>: the tag ctql::sqlite given to ctql::sql<>() and
// ctql::create_table<>(), and what it decides: quoting, placeholders, OFFSET without LIMIT,
// integer division, upsert spelling, DEFAULT VALUES, the auto key's DDL. The dialect's header comes
// first; then the statement headers, a table and the renderers. Built in ALL by
// tests/headers/CMakeLists.txt.
#include "ctql/core/dialect/sqlite.hpp"

#include <cstdint>
#include <optional>
#include <string>

#include "ctql/core/ddl/create_table.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "ctql/core/query/upsert.hpp"
#include "ctql/core/schema/table.hpp"

namespace sqlite_use {

struct users_t : ctql::table<users_t, "users"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string, ctql::max_length<50>> name;
  column<"age", int, ctql::default_value<0>> age;
  column<"email", std::optional<std::string>, ctql::unique, ctql::max_length<100>> email;
};
inline constexpr users_t users{};

struct counters_t : ctql::table<counters_t, "counters"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"hits", int, ctql::default_value<0>> hits;
};
inline constexpr counters_t counters{};

void spelling() {
  using D = ctql::sqlite;
  auto q = ctql::select(users.id).from(users).where(users.age / 2 > 3).offset(5);
  static_assert(ctql::sql<D>(q) ==
                R"(SELECT "users"."id" FROM "users" WHERE ("users"."age" / ?) > ? LIMIT -1 OFFSET ?)");
  auto upsert = ctql::insert_into(users)
                    .set(users.name = "Al", users.email = "a@x.org")
                    .on_conflict(users.email)
                    .do_update(users.name = ctql::excluded(users.name));
  static_assert(ctql::sql<D>(upsert) ==
                R"(INSERT INTO "users" ("name", "email") VALUES (?, ?) ON CONFLICT ("email") DO UPDATE SET "name" = excluded."name")");
  static_assert(ctql::sql<D>(ctql::insert_into(counters).default_values()) == R"(INSERT INTO "counters" DEFAULT VALUES)");
  static_assert(ctql::create_table<D>(counters) ==
                R"(CREATE TABLE "counters" ("id" INTEGER PRIMARY KEY, "hits" INTEGER NOT NULL DEFAULT 0))");
}

}  // namespace sqlite_use
