// The documented use of <ctql/core/clause/group_by.hpp>: `.group_by(users.name)`, several expressions.
// The clause's header comes first, so it cannot lean on the others; then what any user of it has:
// the statement it belongs to, a table (support/tables.hpp, shared by the uses, which includes only
// core/schema/table.hpp, with the operators a column takes) and, to see the SQL,
// core/query/sql.hpp with one dialect. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/clause/group_by.hpp"

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/function/aggregate.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace group_by_use {

using use_tables::blog::users;

void group_by() {
  auto q = ctql::select(users.name, users.age, ctql::count()).from(users).group_by(users.name, users.age);
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(SELECT "users"."name", "users"."age", COUNT(*) FROM "users" GROUP BY "users"."name", "users"."age")");
}

}  // namespace group_by_use
