// The documented use of <ctql/core/expr/exists.hpp>: `exists(select(posts.id).from(posts).where(posts.user_id == users.id))`
// The expression's header comes first, so it cannot lean on the others; then what any user of it
// has: a table (support/tables.hpp, shared by the uses, which includes only core/schema/table.hpp,
// with the operators a column takes), a statement to put the expression in
// (core/query/select.hpp) and, to see the SQL, core/query/sql.hpp with one dialect.
// Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/expr/exists.hpp"

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace exists_use {

using use_tables::scored::posts;
using use_tables::scored::users;

void exists() {
  auto q = ctql::select(users.name).from(users).where(ctql::exists(ctql::select(posts.id).from(posts).where(posts.user_id == users.id)));
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(SELECT "users"."name" FROM "users" WHERE EXISTS (SELECT "posts"."id" FROM "posts" WHERE "posts"."user_id" = "users"."id"))");
}

}  // namespace exists_use
