// The documented use of <ctql/core/function/numeric_functions.hpp>: `abs(users.age)`, `round(users.score, 2)` (through NUMERIC on PostgreSQL).
// The function's header comes first, so it cannot lean on the others; then a table
// (support/tables.hpp), a statement to put the call in and, to see the SQL, core/query/sql.hpp
// with the dialects. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/function/numeric_functions.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "ctql/core/dialect/mysql.hpp"
#include "ctql/core/dialect/postgres.hpp"
#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace numeric_functions_use {

using use_tables::scored::users;

void numeric_functions() {
  auto q = ctql::select(ctql::abs(users.age), ctql::round(users.score, 2)).from(users);
  static_assert(ctql::sql<ctql::postgres>(q) ==
                R"(SELECT ABS("users"."age"), CAST(ROUND(CAST("users"."score" AS NUMERIC), $1) AS DOUBLE PRECISION) FROM "users")");
  static_assert(std::is_same_v<decltype(q)::row_type, std::tuple<int, double>>);
}

}  // namespace numeric_functions_use
