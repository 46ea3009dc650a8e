// The documented use of <ctql/core/query/select.hpp>:
// select(...).from(...).where(...).group_by(...).having(...).order_by(...).limit(n).offset(n),
// with only that header and what every user adds: tables (support/tables.hpp, shared by the
// uses, which includes only core/schema/table.hpp, with the operators a column takes), the
// aggregate functions it calls (core/function/aggregate.hpp) and, to see the SQL, core/query/sql.hpp with one dialect. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/query/select.hpp"

#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/function/aggregate.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace select_use {

using use_tables::blog::posts;
using use_tables::blog::users;

void from_where_order_by_limit_offset() {
  auto q = ctql::select(users.id, users.name)
               .from(users)
               .where(users.age >= 18 && users.name.like("A%"))
               .order_by(users.name.asc(), users.id)
               .limit(10)
               .offset(20);
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(SELECT "users"."id", "users"."name" FROM "users" WHERE ("users"."age" >= ?) AND ("users"."name" LIKE ? ESCAPE '\') ORDER BY "users"."name" ASC, "users"."id" LIMIT ? OFFSET ?)");
  static_assert(std::is_same_v<decltype(q)::row_type, std::tuple<std::int64_t, std::string>>);
  // SQLite takes an OFFSET only after a LIMIT: -1 is every row.
  auto skip = ctql::select(users.id).from(users).offset(5);
  static_assert(ctql::sql<ctql::sqlite>(skip) == R"(SELECT "users"."id" FROM "users" LIMIT -1 OFFSET ?)");
}

void group_by_having() {
  auto q = ctql::select(users.name, ctql::count(posts.id))
               .from(users.left_join(posts).on(posts.user_id == users.id))
               .group_by(users.name)
               .having(ctql::count(posts.id) > 2);
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(SELECT "users"."name", COUNT("posts"."id") FROM "users" LEFT OUTER JOIN "posts" ON "posts"."user_id" = "users"."id" GROUP BY "users"."name" HAVING COUNT("posts"."id") > ?)");
  static_assert(std::is_same_v<decltype(q)::row_type, std::tuple<std::string, std::int64_t>>);
}

void distinct() {
  auto q = ctql::select_distinct(users.name).from(users);
  static_assert(ctql::sql<ctql::sqlite>(q) == R"(SELECT DISTINCT "users"."name" FROM "users")");
}

}  // namespace select_use
