// The documented use of <ctql/core/query/returning.hpp>: `.returning(t.id)` after
// insert_into(t).set(...), update(...).where(...) and delete_from(...).where(...), with that header
// first and the statements' own headers (whose .returning() it is), a table and, to see the SQL,
// core/query/sql.hpp with a dialect that has RETURNING (PostgreSQL). MySQL has none:
// compile_fail_tests/ checks that message. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/query/returning.hpp"

#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>

#include "ctql/core/dialect/postgres.hpp"
#include "ctql/core/query/delete.hpp"
#include "ctql/core/query/insert.hpp"
#include "ctql/core/query/sql.hpp"
#include "ctql/core/query/update.hpp"
#include "ctql/core/schema/table.hpp"

namespace returning_use {

struct users_t : ctql::table<users_t, "users"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string> name;
  column<"age", int, ctql::default_value<0>> age;
};
inline constexpr users_t users{};

void after_insert_update_delete() {
  auto inserted = ctql::insert_into(users).set(users.name = "Al").returning(users.id);
  static_assert(ctql::sql<ctql::postgres>(inserted) ==
                R"(INSERT INTO "users" ("name") VALUES ($1) RETURNING "users"."id")");
  auto updated = ctql::update(users).set(users.age = 1).where(users.name == "Al").returning(users.id, users.age + 1);
  static_assert(ctql::sql<ctql::postgres>(updated) ==
                R"(UPDATE "users" SET "age" = $1 WHERE "users"."name" = $2 RETURNING "users"."id", "users"."age" + $3)");
  static_assert(std::is_same_v<decltype(updated)::row_type, std::tuple<std::int64_t, int>>);
  auto deleted = ctql::delete_from(users).unconditionally().returning(users.name);
  static_assert(ctql::sql<ctql::postgres>(deleted) == R"(DELETE FROM "users" RETURNING "users"."name")");
}

}  // namespace returning_use
