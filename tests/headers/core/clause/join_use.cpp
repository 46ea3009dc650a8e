// The documented use of <ctql/core/clause/join.hpp>: `users.join(posts).on(cond)`, left_join, right_join, full_join, cross_join, chained; the outer side reads as std::optional.
// The clause's header comes first, so it cannot lean on the others; then what any user of it has:
// the statement it belongs to, a table (support/tables.hpp, shared by the uses, which includes only
// core/schema/table.hpp, with the operators a column takes) and, to see the SQL,
// core/query/sql.hpp with one dialect. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/clause/join.hpp"

#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "ctql/core/dialect/postgres.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace join_use {

using use_tables::blog::posts;
using use_tables::blog::users;

void joins() {
  auto inner = ctql::select(users.name, posts.title).from(users.join(posts).on(posts.user_id == users.id));
  static_assert(ctql::sql<ctql::postgres>(inner) ==
                R"(SELECT "users"."name", "posts"."title" FROM "users" INNER JOIN "posts" ON "posts"."user_id" = "users"."id")");
  auto left = ctql::select(users.name, posts.title).from(users.left_join(posts).on(posts.user_id == users.id));
  static_assert(ctql::sql<ctql::postgres>(left) ==
                R"(SELECT "users"."name", "posts"."title" FROM "users" LEFT OUTER JOIN "posts" ON "posts"."user_id" = "users"."id")");
  static_assert(std::is_same_v<decltype(left)::row_type, std::tuple<std::string, std::optional<std::string>>>);
  auto right = ctql::select(users.name).from(users.right_join(posts).on(posts.user_id == users.id));
  static_assert(std::is_same_v<decltype(right)::row_type, std::tuple<std::optional<std::string>>>);
  auto full = ctql::select(users.id).from(users.full_join(posts).on(posts.user_id == users.id));
  static_assert(ctql::sql<ctql::postgres>(full) ==
                R"(SELECT "users"."id" FROM "users" FULL OUTER JOIN "posts" ON "posts"."user_id" = "users"."id")");
  constexpr auto other = users.as<"other">();
  auto chained = ctql::select(users.id, other[users.id])
                     .from(users.cross_join(other).left_join(posts).on(posts.user_id == other[users.id]));
  static_assert(ctql::sql<ctql::postgres>(chained) ==
                R"(SELECT "users"."id", "other"."id" FROM "users" CROSS JOIN "users" AS "other" LEFT OUTER JOIN "posts" ON "posts"."user_id" = "other"."id")");
}

}  // namespace join_use
