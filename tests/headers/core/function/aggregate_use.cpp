// The documented use of <ctql/core/function/aggregate.hpp>: `count()`, `count(x)`, `sum`, `avg`, `min`, `max`, typed for NULL.
// The expression's header comes first, so it cannot lean on the others; then what any user of it
// has: a table (support/tables.hpp, shared by the uses, which includes only core/schema/table.hpp,
// with the operators a column takes), a statement to put the expression in
// (core/query/select.hpp) and, to see the SQL, core/query/sql.hpp with one dialect.
// Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/function/aggregate.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace aggregate_use {

using use_tables::scored::users;

void aggregates() {
  auto q = ctql::select(ctql::count(), ctql::count(users.email), ctql::sum(users.age), ctql::avg(users.age),
                        ctql::min(users.name), ctql::max(users.score), ctql::sum(users.score))
               .from(users);
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(SELECT COUNT(*), COUNT("users"."email"), SUM("users"."age"), AVG("users"."age"), MIN("users"."name"), MAX("users"."score"), SUM("users"."score") FROM "users")");
  static_assert(std::is_same_v<decltype(q)::row_type,
                               std::tuple<std::int64_t, std::int64_t, std::optional<std::int64_t>, std::optional<double>,
                                          std::optional<std::string>, std::optional<double>, std::optional<double>>>);
}

}  // namespace aggregate_use
