// The documented use of <ctql/core/clause/order_by.hpp>: `.order_by(users.name.asc(), users.id)`, `.desc()`.
// The clause's header comes first, so it cannot lean on the others; then what any user of it has:
// the statement it belongs to, a table (support/tables.hpp, shared by the uses, which includes only
// core/schema/table.hpp, with the operators a column takes) and, to see the SQL,
// core/query/sql.hpp with one dialect. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/clause/order_by.hpp"

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace order_by_use {

using use_tables::blog::users;

void order_by() {
  auto q = ctql::select(users.id).from(users).order_by(users.name.asc(), users.age.desc(), users.id);
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(SELECT "users"."id" FROM "users" ORDER BY "users"."name" ASC, "users"."age" DESC, "users"."id")");
}

}  // namespace order_by_use
