// The documented use of <ctql/core/query/update.hpp>, `update(t).set(t.a = 1).where(cond)`,
// .unconditionally() and .returning(), with only that header and what every user adds: a table
// (support/tables.hpp, shared by the uses, which includes only core/schema/table.hpp, which brings
// the operators a column takes: == < + && ...) and, to see the SQL, core/query/sql.hpp with one
// dialect. The statement header comes first, so it cannot lean on the others. Built in ALL by tests/headers/CMakeLists.txt; the expected SQL is worked out by hand.
#include "ctql/core/query/update.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace update_use {

using use_tables::contact::users;

void set_where() {
  auto q = ctql::update(users).set(users.age = 1).where(users.id == 7);
  static_assert(ctql::sql<ctql::sqlite>(q) == R"(UPDATE "users" SET "age" = ? WHERE "users"."id" = ?)");
  // Two assignments, one reading the row: SET items in the order given, unqualified on the left.
  auto older = ctql::update(users).set(users.age = users.age + 1, users.name = "x").where(users.id == 7);
  static_assert(ctql::sql<ctql::sqlite>(older) ==
                R"(UPDATE "users" SET "age" = "users"."age" + ?, "name" = ? WHERE "users"."id" = ?)");
}

void unconditionally() {
  auto q = ctql::update(users).set(users.email = std::nullopt).unconditionally();
  static_assert(ctql::sql<ctql::sqlite>(q) == R"(UPDATE "users" SET "email" = ?)");
}

void returning() {
  // The issue that asked for these checks: .returning() with only update.hpp included.
  auto q = ctql::update(users).set(users.age = 0).where(users.id == 7).returning(users.id, users.email);
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(UPDATE "users" SET "age" = ? WHERE "users"."id" = ? RETURNING "users"."id", "users"."email")");
  static_assert(std::is_same_v<decltype(q)::row_type, std::tuple<std::int64_t, std::optional<std::string>>>);
}

}  // namespace update_use
