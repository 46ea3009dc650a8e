// The documented use of <ctql/core/expr/null_test.hpp>: `users.email.is_null()`, `users.email.is_not_null()`
// The expression's header comes first, so it cannot lean on the others; then what any user of it
// has: a table (support/tables.hpp, shared by the uses, which includes only core/schema/table.hpp,
// with the operators a column takes), a statement to put the expression in
// (core/query/select.hpp) and, to see the SQL, core/query/sql.hpp with one dialect.
// Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/expr/null_test.hpp"

#include <tuple>
#include <type_traits>

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace null_test_use {

using use_tables::scored::users;

void null_test() {
  auto q = ctql::select(users.email.is_null()).from(users).where(users.email.is_not_null());
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(SELECT "users"."email" IS NULL FROM "users" WHERE "users"."email" IS NOT NULL)");
  static_assert(std::is_same_v<decltype(q)::row_type, std::tuple<bool>>);  // never NULL
}

}  // namespace null_test_use
