// The documented use of <ctql/core/expr/like.hpp>: `users.name.like("A%")`
// The expression's header comes first, so it cannot lean on the others; then what any user of it
// has: a table (support/tables.hpp, shared by the uses, which includes only core/schema/table.hpp,
// with the operators a column takes), a statement to put the expression in
// (core/query/select.hpp) and, to see the SQL, core/query/sql.hpp with one dialect.
// Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/expr/like.hpp"

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace like_use {

using use_tables::scored::users;

void like() {
  auto q = ctql::select(users.id).from(users).where(users.name.like("A%"));
  static_assert(ctql::sql<ctql::sqlite>(q) == R"(SELECT "users"."id" FROM "users" WHERE "users"."name" LIKE ? ESCAPE '\')");
}

}  // namespace like_use
