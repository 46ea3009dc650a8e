// The documented use of <ctql/core/clause/limit.hpp>: `.limit(10)` (LIMIT ?), `.offset(20)` (OFFSET ?), in either order, and a param<> count.
// The clause's header comes first, so it cannot lean on the others; then what any user of it has:
// the statement it belongs to, a table (support/tables.hpp, shared by the uses, which includes only
// core/schema/table.hpp, with the operators a column takes) and, to see the SQL,
// core/query/sql.hpp with one dialect. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/clause/limit.hpp"

#include "ctql/core/dialect/mysql.hpp"
#include "ctql/core/expr/parameter.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/tables.hpp"

namespace limit_use {

using use_tables::blog::users;

void limit_offset() {
  auto q = ctql::select(users.id).from(users).limit(10).offset(20);
  static_assert(ctql::sql<ctql::mysql>(q) == "SELECT `users`.`id` FROM `users` LIMIT ? OFFSET ?");
  auto swapped = ctql::select(users.id).from(users).offset(20).limit(10);
  static_assert(ctql::sql<ctql::mysql>(swapped) == ctql::sql<ctql::mysql>(q));
  // MySQL takes an OFFSET only after a LIMIT: the largest BIGINT UNSIGNED is every row.
  auto skip = ctql::select(users.id).from(users).offset(5);
  static_assert(ctql::sql<ctql::mysql>(skip) == "SELECT `users`.`id` FROM `users` LIMIT 18446744073709551615 OFFSET ?");
  auto page = ctql::select(users.id).from(users).limit(ctql::param<"n">);
  static_assert(ctql::sql<ctql::mysql>(page) == "SELECT `users`.`id` FROM `users` LIMIT ?");
}

}  // namespace limit_use
