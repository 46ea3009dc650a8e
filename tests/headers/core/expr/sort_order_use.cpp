// The documented use of <ctql/core/expr/sort_order.hpp>: `users.name.asc()`, `users.age.desc()`: items of order_by().
// The expression's header comes first, so it cannot lean on the others; then what any user of it
// has: a table (core/schema/table.hpp, with the operators a column takes), a statement to put the
// expression in (core/query/select.hpp) and, to see the SQL, core/query/sql.hpp with one dialect.
// Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/expr/sort_order.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "ctql/core/schema/table.hpp"

namespace sort_order_use {

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

void sort_order() {
  auto q = ctql::select(users.id).from(users).order_by(users.name.asc(), (users.age * 2).desc());
  static_assert(ctql::sql<ctql::sqlite>(q) == R"(SELECT "users"."id" FROM "users" ORDER BY "users"."name" ASC, ("users"."age" * ?) DESC)");
}

}  // namespace sort_order_use
