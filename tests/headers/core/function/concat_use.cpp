// The documented use of <ctql/core/function/concat.hpp>: `concat(users.name, " <", users.email, ">")`: || or CONCAT(), optional if any part is.
// The function's header comes first, so it cannot lean on the others; then a table
// (support/tables.hpp), a statement to put the call in and, to see the SQL, core/query/sql.hpp
// with the dialects. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/function/concat.hpp"

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

namespace concat_use {

using use_tables::scored::users;

void concat() {
  auto q = ctql::select(ctql::concat(users.name, " <", users.email, ">")).from(users);
  static_assert(ctql::sql<ctql::sqlite>(q) == R"(SELECT "users"."name" || ? || "users"."email" || ? FROM "users")");
  static_assert(ctql::sql<ctql::mysql>(q) == "SELECT CONCAT(`users`.`name`, ?, `users`.`email`, ?) FROM `users`");
  static_assert(std::is_same_v<decltype(q)::row_type, std::tuple<std::optional<std::string>>>);
}

}  // namespace concat_use
