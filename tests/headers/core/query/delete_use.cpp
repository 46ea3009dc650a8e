// The documented use of <ctql/core/query/delete.hpp>: `delete_from(t).where(cond)`,
// .unconditionally() and .returning(), with only that header and what every user adds: a table
// (core/schema/table.hpp, with the operators a column takes) and, to see the SQL,
// core/query/sql.hpp with one dialect. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/query/delete.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/sql.hpp"
#include "ctql/core/schema/table.hpp"

namespace delete_use {

struct users_t : ctql::table<users_t, "users"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string> name;
  column<"email", std::optional<std::string>, ctql::unique> email;
};
inline constexpr users_t users{};

void where() {
  auto q = ctql::delete_from(users).where(users.email.is_null());
  static_assert(ctql::sql<ctql::sqlite>(q) == R"(DELETE FROM "users" WHERE "users"."email" IS NULL)");
  auto by_id = ctql::delete_from(users).where(users.id == 7 || users.name == "x");
  static_assert(ctql::sql<ctql::sqlite>(by_id) ==
                R"(DELETE FROM "users" WHERE ("users"."id" = ?) OR ("users"."name" = ?))");
}

void unconditionally() {
  auto q = ctql::delete_from(users).unconditionally();
  static_assert(ctql::sql<ctql::sqlite>(q) == R"(DELETE FROM "users")");
}

void returning() {
  auto q = ctql::delete_from(users).where(users.id == 7).returning(users.name);
  static_assert(ctql::sql<ctql::sqlite>(q) == R"(DELETE FROM "users" WHERE "users"."id" = ? RETURNING "users"."name")");
  static_assert(std::is_same_v<decltype(q)::row_type, std::tuple<std::string>>);
}

}  // namespace delete_use
