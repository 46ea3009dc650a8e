// The documented use of <ctql/core/function/coalesce.hpp>: `coalesce(users.email, "none")` (not optional), `nullif(users.age, 0)` (optional).
// The function's header comes first, so it cannot lean on the others; then a table
// (support/tables.hpp), a statement to put the call in and, to see the SQL, core/query/sql.hpp
// with the dialects. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/function/coalesce.hpp"

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

namespace coalesce_use {

using use_tables::scored::users;

void coalesce() {
  auto q = ctql::select(ctql::coalesce(users.email, "none"), ctql::nullif(users.age, 0)).from(users);
  static_assert(ctql::sql<ctql::sqlite>(q) == R"(SELECT COALESCE("users"."email", ?), NULLIF("users"."age", ?) FROM "users")");
  static_assert(std::is_same_v<decltype(q)::row_type, std::tuple<std::string, std::optional<int>>>);
}

}  // namespace coalesce_use
