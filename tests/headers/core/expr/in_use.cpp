// The documented use of <ctql/core/expr/in.hpp>: `users.id.in(1, 2, 3)`, `users.id.in(ids)` (any range; renders at run time), `users.id.in(select(posts.user_id).from(posts))`.
// The expression's header comes first, so it cannot lean on the others; then what any user of it
// has: a table (core/schema/table.hpp, with the operators a column takes), a statement to put the
// expression in (core/query/select.hpp) and, to see the SQL, core/query/sql.hpp with one dialect.
// Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/expr/in.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "ctql/core/schema/table.hpp"

namespace in_use {

struct users_t : ctql::table<users_t, "users"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string, ctql::max_length<50>> name;
  column<"age", int, ctql::default_value<0>> age;
  column<"email", std::optional<std::string>, ctql::unique> email;
  column<"score", double, ctql::default_value<0.0>> score;
};
inline constexpr users_t users{};

struct posts_t : ctql::table<posts_t, "posts"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"user_id", std::int64_t, ctql::references<&users_t::id>> user_id;
};
inline constexpr posts_t posts{};

void in_list_and_subquery() {
  auto listed = ctql::select(users.name).from(users).where(users.id.in(1, 2, 3));
  static_assert(ctql::sql<ctql::sqlite>(listed) == R"(SELECT "users"."name" FROM "users" WHERE "users"."id" IN (?, ?, ?))");
  auto sub = ctql::select(users.name).from(users).where(users.id.in(ctql::select(posts.user_id).from(posts)));
  static_assert(ctql::sql<ctql::sqlite>(sub) ==
                R"(SELECT "users"."name" FROM "users" WHERE "users"."id" IN (SELECT "posts"."user_id" FROM "posts"))");
}

// A range: one placeholder per element, at run time
// (for {1, 2}: SELECT "users"."name" FROM "users" WHERE "users"."id" IN (?, ?)).
std::string in_range(const std::vector<std::int64_t>& ids) {
  return ctql::runtime_sql<ctql::sqlite>(ctql::select(users.name).from(users).where(users.id.in(ids)));
}

}  // namespace in_use
