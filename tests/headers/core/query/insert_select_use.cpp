// The documented use of <ctql/core/query/insert_select.hpp>,
// `insert_into(t).columns(t.a, t.b).from_select(select(...))`, with on_conflict() and returning(),
// with only that header (it brings insert_into and select) and what every user adds: a table
// (support/tables.hpp) and, to see the SQL, core/query/sql.hpp with one dialect. Built in ALL by
// tests/headers/CMakeLists.txt; the expected SQL is worked out by hand.
#include "ctql/core/query/insert_select.hpp"

#include <cstdint>
#include <tuple>
#include <type_traits>

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace insert_select_use {

using use_tables::contact::users;

void from_select() {
  auto q = ctql::insert_into(users).columns(users.id, users.name).from_select(ctql::select(users.id, users.name).from(users));
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(INSERT INTO "users" ("id", "name") SELECT "users"."id", "users"."name" FROM "users")");
}

void on_conflict_and_returning() {
  // SQLite reads an ON after the select's FROM as a join's: the select gets WHERE true.
  auto q = ctql::insert_into(users)
               .columns(users.id, users.name)
               .from_select(ctql::select(users.id, users.name).from(users))
               .on_conflict(users.id)
               .do_nothing()
               .returning(users.id);
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(INSERT INTO "users" ("id", "name") SELECT "users"."id", "users"."name" FROM "users" WHERE true ON CONFLICT ("id") DO NOTHING RETURNING "users"."id")");
  static_assert(std::is_same_v<decltype(q)::row_type, std::tuple<std::int64_t>>);
}

}  // namespace insert_select_use
