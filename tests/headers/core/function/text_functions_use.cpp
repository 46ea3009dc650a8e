// The documented use of <ctql/core/function/text_functions.hpp>: `lower(users.name)`, `length(users.name)` (characters: CHAR_LENGTH on MySQL), `substr(users.name, 1, 3)`, `replace(users.name, "a", "b")`.
// The function's header comes first, so it cannot lean on the others; then a table
// (support/tables.hpp), a statement to put the call in and, to see the SQL, core/query/sql.hpp
// with the dialects. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/function/text_functions.hpp"

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

namespace text_functions_use {

using use_tables::scored::users;

void text_functions() {
  auto q = ctql::select(ctql::lower(users.name), ctql::length(users.email), ctql::substr(users.name, 1, 3),
                        ctql::replace(users.name, "a", "b"), ctql::upper(users.name), ctql::trim(users.name))
               .from(users);
  static_assert(ctql::sql<ctql::mysql>(q) ==
                "SELECT LOWER(`users`.`name`), CHAR_LENGTH(`users`.`email`), SUBSTR(`users`.`name`, ?, ?), "
                "REPLACE(`users`.`name`, ?, ?), UPPER(`users`.`name`), TRIM(`users`.`name`) FROM `users`");
  static_assert(std::is_same_v<decltype(q)::row_type, std::tuple<std::string, std::optional<std::int64_t>, std::string,
                                                                 std::string, std::string, std::string>>);
}

}  // namespace text_functions_use
