// The documented use of <ctql/core/query/sql.hpp>: ctql::sql<Dialect>(statement) as a constant
// expression, the type-based form ctql::sql<Dialect, Q>() for templates that hold a `const Q&`,
// and ctql::runtime_sql for a statement with a runtime-sized part (in(range)). sql.hpp comes first;
// the statement, table and dialect headers are what any user of it has. Built in ALL by
// tests/headers/CMakeLists.txt.
#include "ctql/core/query/sql.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ctql/core/dialect/mysql.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/schema/table.hpp"

namespace sql_use {

struct users_t : ctql::table<users_t, "users"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string> name;
};
inline constexpr users_t users{};

template <class Q>
constexpr std::string_view text_of(const Q&) {
  return ctql::sql<ctql::mysql, Q>();
}

void constant() {
  auto q = ctql::select(users.name).from(users).where(users.id == 1);
  static_assert(ctql::sql<ctql::mysql>(q) == "SELECT `users`.`name` FROM `users` WHERE `users`.`id` = ?");
  static_assert(text_of(q) == ctql::sql<ctql::mysql>(q));
}

// in(range): one placeholder per element, known only at run time
// (for ids {1, 2, 3}: SELECT `users`.`name` FROM `users` WHERE `users`.`id` IN (?, ?, ?)).
std::string at_run_time(const std::vector<std::int64_t>& ids) {
  return ctql::runtime_sql<ctql::mysql>(ctql::select(users.name).from(users).where(users.id.in(ids)));
}

}  // namespace sql_use
