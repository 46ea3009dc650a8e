// The documented use of <ctql/core/expr/parameter.hpp>: `users.age >= ctql::param<"min_age">`: a named parameter, typed by what it meets.
// The expression's header comes first, so it cannot lean on the others; then what any user of it
// has: a table (support/tables.hpp, shared by the uses, which includes only core/schema/table.hpp,
// with the operators a column takes), a statement to put the expression in
// (core/query/select.hpp) and, to see the SQL, core/query/sql.hpp with one dialect.
// Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/expr/parameter.hpp"

#include <string>
#include <type_traits>

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace parameter_use {

using use_tables::scored::users;

void parameter() {
  auto q = ctql::select(users.id).from(users).where(users.age >= ctql::param<"min_age"> && users.name == ctql::param<"name">);
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(SELECT "users"."id" FROM "users" WHERE ("users"."age" >= ?) AND ("users"."name" = ?))");
  static_assert(std::is_same_v<decltype(q)::params,
                               ctql::type_list<ctql::parameter<"min_age", int>, ctql::parameter<"name", std::string>>>);
}

}  // namespace parameter_use
