// The documented use of <ctql/core/expr/comparison.hpp>: `users.age >= 18`: == != < <= > >= between an expression and an expression or a value.
// The expression's header comes first, so it cannot lean on the others; then what any user of it
// has: a table (support/tables.hpp, shared by the uses, which includes only core/schema/table.hpp,
// with the operators a column takes), a statement to put the expression in
// (core/query/select.hpp) and, to see the SQL, core/query/sql.hpp with one dialect.
// Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/expr/comparison.hpp"

#include <optional>
#include <tuple>
#include <type_traits>

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace comparison_use {

using use_tables::scored::users;

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
