// The documented use of <ctql/core/clause/group_by.hpp>: `.group_by(users.name)`, several expressions.
// The clause's header comes first, so it cannot lean on the others; then what any user of it has:
// the statement it belongs to, a table (core/schema/table.hpp, with the operators a column takes)
// and, to see the SQL, core/query/sql.hpp with one dialect. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/clause/group_by.hpp"

#include <cstdint>
#include <string>

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/function/aggregate.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "ctql/core/schema/table.hpp"

namespace group_by_use {

struct users_t : ctql::table<users_t, "users"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string, ctql::max_length<50>> name;
  column<"age", int, ctql::default_value<0>> age;
};
inline constexpr users_t users{};

struct posts_t : ctql::table<posts_t, "posts"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"user_id", std::int64_t, ctql::references<&users_t::id>> user_id;
  column<"title", std::string> title;
};
inline constexpr posts_t posts{};

void group_by() {
  auto q = ctql::select(users.name, users.age, ctql::count()).from(users).group_by(users.name, users.age);
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(SELECT "users"."name", "users"."age", COUNT(*) FROM "users" GROUP BY "users"."name", "users"."age")");
}

}  // namespace group_by_use
