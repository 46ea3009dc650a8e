// The documented use of <ctql/core/clause/select_list.hpp>: `select(users.id, users.name)`, `select(all_of(users))`, `select(count())`, a named item.
// The clause's header comes first, so it cannot lean on the others; then what any user of it has:
// the statement it belongs to, a table (support/tables.hpp, shared by the uses, which includes only
// core/schema/table.hpp, with the operators a column takes) and, to see the SQL,
// core/query/sql.hpp with one dialect. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/clause/select_list.hpp"

#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/function/aggregate.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace select_list_use {

using use_tables::blog::posts;
using use_tables::blog::users;

void select_list() {
  auto every = ctql::select(ctql::all_of(users)).from(users);
  static_assert(ctql::sql<ctql::sqlite>(every) ==
                R"(SELECT "users"."id", "users"."name", "users"."age" FROM "users")");
  static_assert(std::is_same_v<decltype(every)::row_type, std::tuple<std::int64_t, std::string, int>>);
  auto counted = ctql::select(ctql::count().as<"n">()).from(posts);
  static_assert(ctql::sql<ctql::sqlite>(counted) == R"(SELECT COUNT(*) AS "n" FROM "posts")");
  static_assert(std::is_same_v<decltype(counted)::row_type, std::tuple<std::int64_t>>);
}

}  // namespace select_list_use
