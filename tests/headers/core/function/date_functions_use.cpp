// The documented use of <ctql/core/function/date_functions.hpp>: `current_date()`, `current_timestamp()` (UTC), `extract<"year">(x)` (std::int64_t).
// The function's header comes first, so it cannot lean on the others; then a table
// (support/tables.hpp), a statement to put the call in and, to see the SQL, core/query/sql.hpp
// with the dialects. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/function/date_functions.hpp"

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

namespace date_functions_use {

using use_tables::scored::users;

void date_functions() {
  auto q = ctql::select(ctql::current_date(), ctql::extract<"year">(ctql::current_timestamp())).from(users);
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(SELECT CURRENT_DATE, CAST(strftime('%Y', strftime('%Y-%m-%d %H:%M:%f000', 'now')) AS INTEGER) FROM "users")");
  static_assert(std::is_same_v<decltype(q)::row_type, std::tuple<ctql::date, std::int64_t>>);
}

}  // namespace date_functions_use
