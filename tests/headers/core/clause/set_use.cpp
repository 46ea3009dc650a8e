// The documented use of <ctql/core/clause/set.hpp>: `update(t).set(t.a = v, t.b = t.b + 1)`: UPDATE's SET items.
// The clause's header comes first, so it cannot lean on the others; then what any user of it has:
// the statement it belongs to, a table (support/tables.hpp, shared by the uses, which includes only
// core/schema/table.hpp, with the operators a column takes) and, to see the SQL,
// core/query/sql.hpp with one dialect. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/clause/set.hpp"

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/sql.hpp"
#include "ctql/core/query/update.hpp"
#include "support/tables.hpp"

namespace set_use {

using use_tables::blog::users;

void set() {
  auto q = ctql::update(users).set(users.name = "x", users.age = users.age * 2).unconditionally();
  static_assert(ctql::sql<ctql::sqlite>(q) == R"(UPDATE "users" SET "name" = ?, "age" = "users"."age" * ?)");
}

}  // namespace set_use
