// The documented use of <ctql/core/clause/having.hpp>: `.having(count(posts.id) > 2)`.
// The clause's header comes first, so it cannot lean on the others; then what any user of it has:
// the statement it belongs to, a table (support/tables.hpp, shared by the uses, which includes only
// core/schema/table.hpp, with the operators a column takes) and, to see the SQL,
// core/query/sql.hpp with one dialect. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/clause/having.hpp"

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/function/aggregate.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace having_use {

using use_tables::blog::posts;

void having() {
  auto q = ctql::select(posts.user_id).from(posts).group_by(posts.user_id).having(ctql::count(posts.id) > 2);
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(SELECT "posts"."user_id" FROM "posts" GROUP BY "posts"."user_id" HAVING COUNT("posts"."id") > ?)");
}

}  // namespace having_use
