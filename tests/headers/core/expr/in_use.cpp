// The documented use of <ctql/core/expr/in.hpp>: `users.id.in(1, 2, 3)`, `users.id.in(ids)` (any range; renders at run time), `users.id.in(select(posts.user_id).from(posts))`.
// The expression's header comes first, so it cannot lean on the others; then what any user of it
// has: a table (support/tables.hpp, shared by the uses, which includes only core/schema/table.hpp,
// with the operators a column takes), a statement to put the expression in
// (core/query/select.hpp) and, to see the SQL, core/query/sql.hpp with one dialect.
// Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/expr/in.hpp"

#include <cstdint>
#include <string>
#include <vector>

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace in_use {

using use_tables::scored::posts;
using use_tables::scored::users;

void in_list_and_subquery() {
  auto listed = ctql::select(users.name).from(users).where(users.id.in(1, 2, 3));
  static_assert(ctql::sql<ctql::sqlite>(listed) == R"(SELECT "users"."name" FROM "users" WHERE "users"."id" IN (?, ?, ?))");
  auto sub = ctql::select(users.name).from(users).where(users.id.in(ctql::select(posts.user_id).from(posts)));
  static_assert(ctql::sql<ctql::sqlite>(sub) ==
                R"(SELECT "users"."name" FROM "users" WHERE "users"."id" IN (SELECT "posts"."user_id" FROM "posts"))");
}

// A range: one placeholder per element, at run time
// (for {1, 2}: SELECT "users"."name" FROM "users" WHERE "users"."id" IN (?, ?)).
std::string in_range(const std::vector<std::int64_t>& ids) {
  return ctql::runtime_sql<ctql::sqlite>(ctql::select(users.name).from(users).where(users.id.in(ids)));
}

}  // namespace in_use
