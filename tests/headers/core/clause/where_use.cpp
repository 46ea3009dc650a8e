// The documented use of <ctql/core/clause/where.hpp>: `.where(cond)` on select, update and delete, and `.unconditionally()`.
// The clause's header comes first, so it cannot lean on the others; then what any user of it has:
// the statement it belongs to, a table (core/schema/table.hpp, with the operators a column takes)
// and, to see the SQL, core/query/sql.hpp with one dialect. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/clause/where.hpp"

#include <cstdint>
#include <string>

#include "ctql/core/dialect/postgres.hpp"
#include "ctql/core/query/delete.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "ctql/core/query/update.hpp"
#include "ctql/core/schema/table.hpp"

namespace where_use {

struct users_t : ctql::table<users_t, "users"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string, ctql::max_length<50>> name;
  column<"age", int, ctql::default_value<0>> age;
};
inline constexpr users_t users{};

struct posts_t : ctql::table<posts_t, "posts"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"user_id", std::int64_t, ctql::references<&users_t::id>> user_id;
  column<"title", std::string> title;
};
inline constexpr posts_t posts{};

void where() {
  auto q = ctql::select(users.id).from(users).where(users.age >= 18);
  static_assert(ctql::sql<ctql::postgres>(q) == R"(SELECT "users"."id" FROM "users" WHERE "users"."age" >= $1)");
  auto u = ctql::update(users).set(users.age = 0).where(users.name == "x");
  static_assert(ctql::sql<ctql::postgres>(u) == R"(UPDATE "users" SET "age" = $1 WHERE "users"."name" = $2)");
  auto d = ctql::delete_from(posts).where(posts.user_id != 3);
  static_assert(ctql::sql<ctql::postgres>(d) == R"(DELETE FROM "posts" WHERE "posts"."user_id" <> $1)");
}

void unconditionally() {
  auto d = ctql::delete_from(posts).unconditionally();
  static_assert(ctql::sql<ctql::postgres>(d) == R"(DELETE FROM "posts")");
}

}  // namespace where_use
