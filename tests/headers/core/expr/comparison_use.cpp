// The documented use of <ctql/core/expr/comparison.hpp>: `users.age >= 18`: == != < <= > >= between an expression and an expression or a value.
// The expression's header comes first, so it cannot lean on the others; then what any user of it
// has: a table (core/schema/table.hpp, with the operators a column takes), a statement to put the
// expression in (core/query/select.hpp) and, to see the SQL, core/query/sql.hpp with one dialect.
// Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/expr/comparison.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "ctql/core/schema/table.hpp"

namespace comparison_use {

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

void compare() {
  auto q = ctql::select(users.id).from(users).where(users.age >= 18);
  static_assert(ctql::sql<ctql::sqlite>(q) == R"(SELECT "users"."id" FROM "users" WHERE "users"."age" >= ?)");
  // Each operator, and a value on the left.
  auto all = ctql::select(users.id == 1, users.id != 2, users.age < 3, users.age <= 4, users.age > 5, 6 >= users.age).from(users);
  static_assert(ctql::sql<ctql::sqlite>(all) ==
                R"(SELECT "users"."id" = ?, "users"."id" <> ?, "users"."age" < ?, "users"."age" <= ?, "users"."age" > ?, ? >= "users"."age" FROM "users")");
  // With NULL possible, the comparison is std::optional<bool>.
  auto nullable = ctql::select(users.email == "a@x.org", users.age == users.age).from(users);
  static_assert(std::is_same_v<decltype(nullable)::row_type, std::tuple<std::optional<bool>, bool>>);
}

}  // namespace comparison_use
