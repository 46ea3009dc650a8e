// The documented use of <ctql/core/expr/sort_order.hpp>: `users.name.asc()`, `users.age.desc()`,
// `users.email.asc().nulls_last()`: items of order_by().
// The expression's header comes first, so it cannot lean on the others; then what any user of it
// has: a table (support/tables.hpp, shared by the uses, which includes only core/schema/table.hpp,
// with the operators a column takes), a statement to put the expression in
// (core/query/select.hpp) and, to see the SQL, core/query/sql.hpp with one dialect.
// Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/expr/sort_order.hpp"

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace sort_order_use {

using use_tables::scored::users;

void sort_order() {
  auto q = ctql::select(users.id).from(users).order_by(users.name.asc(), (users.age * 2).desc());
  static_assert(ctql::sql<ctql::sqlite>(q) == R"(SELECT "users"."id" FROM "users" ORDER BY "users"."name" ASC, ("users"."age" * ?) DESC)");
  auto nulls = ctql::select(users.id).from(users).order_by(users.name.desc().nulls_last());
  static_assert(ctql::sql<ctql::sqlite>(nulls) == R"(SELECT "users"."id" FROM "users" ORDER BY "users"."name" DESC NULLS LAST)");
}

}  // namespace sort_order_use
