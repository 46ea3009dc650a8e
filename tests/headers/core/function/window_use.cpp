// The documented use of <ctql/core/function/window.hpp>: an aggregate `.over(window)`, the window
// being over(), partition_by(...) or window(), then .order_by(...) and a frame.
// The header comes first, so it cannot lean on the others; then what any user of it has: a table
// (support/tables.hpp), an aggregate to window (core/function/aggregate.hpp), a statement to put it
// in (core/query/select.hpp) and core/query/sql.hpp with one dialect.
// Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/function/window.hpp"

#include <cstdint>
#include <optional>
#include <tuple>
#include <type_traits>

#include "ctql/core/dialect/postgres.hpp"
#include "ctql/core/function/aggregate.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace window_use {

using use_tables::blog::posts;

void windows() {
  auto q = ctql::select(posts.id,
                        ctql::sum(posts.id).over(ctql::partition_by(posts.user_id).order_by(posts.id).rows_between(
                            ctql::unbounded_preceding(), ctql::current_row())),
                        ctql::count().over(),
                        ctql::max(posts.id).over(ctql::window().order_by(posts.id.desc()).range_between(
                            ctql::preceding<2>(), ctql::following<1>())))
               .from(posts);
  static_assert(ctql::sql<ctql::postgres>(q) ==
                R"(SELECT "posts"."id", SUM("posts"."id") OVER (PARTITION BY "posts"."user_id" ORDER BY "posts"."id" ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), COUNT(*) OVER (), MAX("posts"."id") OVER (ORDER BY "posts"."id" DESC RANGE BETWEEN 2 PRECEDING AND 1 FOLLOWING) FROM "posts")");
  static_assert(std::is_same_v<decltype(q)::row_type, std::tuple<std::int64_t, std::optional<std::int64_t>, std::int64_t,
                                                                 std::optional<std::int64_t>>>);
}

}  // namespace window_use
