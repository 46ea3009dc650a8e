// The documented use of <ctql/core/expr/dynamic.hpp>: maybe(), dynamic(), one_of(), or_each() in one
// statement type whose variants each have their SQL. The header comes first, then the statement,
// a table (support/tables.hpp) and core/query/sql.hpp with one dialect. Built in ALL by
// tests/headers/CMakeLists.txt.
#include "ctql/core/expr/dynamic.hpp"

#include <optional>
#include <string>
#include <vector>

#include "ctql/core/dialect/postgres.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace dynamic_use {

using use_tables::blog::users;

void search(std::optional<int> min_age, bool want_name, std::size_t sort, const std::vector<std::string>& names) {
  auto q = ctql::select(users.id, ctql::dynamic(want_name, users.name))
               .from(users)
               .where(users.age >= ctql::maybe(min_age))
               .order_by(ctql::one_of(sort, users.id.asc(), users.age.desc()));
  static_assert(ctql::variant_count(q) == 8);
  static_assert(ctql::sql<ctql::postgres, 0>(q) == R"(SELECT "users"."id", NULL FROM "users" ORDER BY "users"."id" ASC)");
  static_assert(ctql::sql<ctql::postgres, 7>(q) ==
                R"(SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" >= $1 ORDER BY "users"."age" DESC)");  // name, min_age, the second sort
  [[maybe_unused]] auto any = ctql::select(users.id).from(users).where(
      ctql::or_each(names, [](const std::string& n) { return users.name == n; }));
}

}  // namespace dynamic_use
