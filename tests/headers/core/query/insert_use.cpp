// The documented use of <ctql/core/query/insert.hpp>: insert_into(t).set(...),
// .columns(...).values(range), .default_values(), and .returning() after set(), with only that
// header and what every user adds: a table (support/tables.hpp, shared by the uses, which includes
// only core/schema/table.hpp) and, to see the SQL, core/query/sql.hpp with one dialect.
// .on_conflict(), a member of what set() returns, works with insert.hpp alone (upsert_use.cpp
// covers it in full).
// Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/query/insert.hpp"

#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace insert_use {

using use_tables::contact::users;

void set() {
  auto q = ctql::insert_into(users).set(users.name = "Alice", users.age = 30);
  static_assert(ctql::sql<ctql::sqlite>(q) == R"(INSERT INTO "users" ("name", "age") VALUES (?, ?))");
}

// values(range) renders one row of placeholders per element, at run time: this instantiates it
// (the two-row SQL is `INSERT INTO "users" ("name", "age") VALUES (?, ?), (?, ?)`).
std::string columns_values() {
  std::vector<std::tuple<std::string, int>> rows{{"a", 1}, {"b", 2}};
  auto q = ctql::insert_into(users).columns(users.name, users.age).values(rows);
  static_assert(ctql::is_bulk_insert<decltype(q)>);
  return ctql::runtime_sql<ctql::sqlite>(q);
}

void set_only_what_is_required() {
  auto q = ctql::insert_into(users).set(users.name = "Bob");  // name is the one required column
  static_assert(ctql::sql<ctql::sqlite>(q) == R"(INSERT INTO "users" ("name") VALUES (?))");
}

using use_tables::dialect::counters;

void default_values_row() {
  auto q = ctql::insert_into(counters).default_values();
  static_assert(ctql::sql<ctql::sqlite>(q) == R"(INSERT INTO "counters" DEFAULT VALUES)");
}

void returning() {
  auto q = ctql::insert_into(users).set(users.name = "Al").returning(users.id, users.age);
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(INSERT INTO "users" ("name") VALUES (?) RETURNING "users"."id", "users"."age")");
  static_assert(std::is_same_v<decltype(q)::row_type, std::tuple<std::int64_t, int>>);
}

void on_conflict() {
  auto q = ctql::insert_into(users).set(users.name = "Al", users.email = "a@x.org").on_conflict(users.email).do_nothing();
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(INSERT INTO "users" ("name", "email") VALUES (?, ?) ON CONFLICT ("email") DO NOTHING)");
}

}  // namespace insert_use
