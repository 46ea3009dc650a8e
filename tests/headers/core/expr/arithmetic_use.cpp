// The documented use of <ctql/core/expr/arithmetic.hpp>: `users.age + 1`, `-x`: + - * / % on numeric expressions.
// The expression's header comes first, so it cannot lean on the others; then what any user of it
// has: a table (support/tables.hpp, shared by the uses, which includes only core/schema/table.hpp,
// with the operators a column takes), a statement to put the expression in
// (core/query/select.hpp) and, to see the SQL, core/query/sql.hpp with one dialect.
// Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/expr/arithmetic.hpp"

#include <tuple>
#include <type_traits>

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace arithmetic_use {

using use_tables::scored::users;

void arithmetic() {
  auto q = ctql::select(users.age + 1, users.age - users.age, users.age * 2, users.age / 3, users.age % 4, -users.age).from(users);
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(SELECT "users"."age" + ?, "users"."age" - "users"."age", "users"."age" * ?, "users"."age" / ?, "users"."age" % ?, -"users"."age" FROM "users")");
  // As C++ computes it, except that floating point is double.
  auto mixed = ctql::select(users.age + users.score).from(users);
  static_assert(std::is_same_v<decltype(mixed)::row_type, std::tuple<double>>);
}

}  // namespace arithmetic_use
