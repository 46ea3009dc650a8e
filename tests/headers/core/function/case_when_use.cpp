// The documented use of <ctql/core/function/case_when.hpp>: `case_when(users.age < 18, "minor").when(users.age < 65, "adult").else_("senior")`; optional without else_().
// The expression's header comes first, so it cannot lean on the others; then what any user of it
// has: a table (support/tables.hpp, shared by the uses, which includes only core/schema/table.hpp,
// with the operators a column takes), a statement to put the expression in
// (core/query/select.hpp) and, to see the SQL, core/query/sql.hpp with one dialect.
// Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/function/case_when.hpp"

#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace case_when_use {

using use_tables::scored::users;

void case_when() {
  auto q = ctql::select(ctql::case_when(users.age < 18, "minor").when(users.age < 65, "adult").else_("senior")).from(users);
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(SELECT CASE WHEN "users"."age" < ? THEN ? WHEN "users"."age" < ? THEN ? ELSE ? END FROM "users")");
  static_assert(std::is_same_v<decltype(q)::row_type, std::tuple<std::string>>);
  auto open = ctql::select(ctql::case_when(users.age < 18, 1)).from(users);
  static_assert(std::is_same_v<decltype(open)::row_type, std::tuple<std::optional<int>>>);
}

}  // namespace case_when_use
