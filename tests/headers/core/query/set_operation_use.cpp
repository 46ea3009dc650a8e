// The documented use of <ctql/core/query/set_operation.hpp>: a.union_all(b), a.union_distinct(b),
// a.intersect(b), a.except(b), chained, with order_by/limit/offset on the whole, with only that
// header and what every user adds: select (core/query/select.hpp), tables (support/tables.hpp) and,
// to see the SQL, core/query/sql.hpp with dialects. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/query/set_operation.hpp"

#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>

#include "ctql/core/dialect/postgres.hpp"
#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace set_operation_use {

using use_tables::blog::posts;
using use_tables::blog::users;

void union_all_order_by_limit() {
  auto q = ctql::select(users.name).from(users).union_all(ctql::select(posts.title).from(posts)).order_by(users.name.asc()).limit(10);
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(SELECT "users"."name" FROM "users" UNION ALL SELECT "posts"."title" FROM "posts" ORDER BY 1 ASC LIMIT ?)");
  static_assert(std::is_same_v<decltype(q)::row_type, std::tuple<std::string>>);
}

void chain_left_to_right() {
  auto a = ctql::select(users.name).from(users);
  auto b = ctql::select(posts.title).from(posts);
  auto q = a.union_all(b).intersect(a);
  static_assert(ctql::sql<ctql::postgres>(q) ==
                R"((SELECT "users"."name" FROM "users" UNION ALL SELECT "posts"."title" FROM "posts") INTERSECT SELECT "users"."name" FROM "users")");
}

}  // namespace set_operation_use
