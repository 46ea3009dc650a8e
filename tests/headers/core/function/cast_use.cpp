// The documented use of <ctql/core/function/cast.hpp>: `cast<double>(users.age)`: CAST with the dialect's type name.
// The function's header comes first, so it cannot lean on the others; then a table
// (support/tables.hpp), a statement to put the call in and, to see the SQL, core/query/sql.hpp
// with the dialects. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/function/cast.hpp"

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

namespace cast_use {

using use_tables::scored::users;

void cast() {
  auto q = ctql::select(ctql::cast<double>(users.age), ctql::cast<std::string>(users.email)).from(users);
  static_assert(ctql::sql<ctql::mysql>(q) == "SELECT CAST(`users`.`age` AS DOUBLE), CAST(`users`.`email` AS CHAR) FROM `users`");
  static_assert(std::is_same_v<decltype(q)::row_type, std::tuple<double, std::optional<std::string>>>);
}

}  // namespace cast_use
