// The documented use of <ctql/core/clause/order_by.hpp>: `.order_by(users.name.asc(), users.id)`, `.desc()`.
// The clause's header comes first, so it cannot lean on the others; then what any user of it has:
// the statement it belongs to, a table (core/schema/table.hpp, with the operators a column takes)
// and, to see the SQL, core/query/sql.hpp with one dialect. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/clause/order_by.hpp"

#include <cstdint>
#include <string>

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "ctql/core/schema/table.hpp"

namespace order_by_use {

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

void order_by() {
  auto q = ctql::select(users.id).from(users).order_by(users.name.asc(), users.age.desc(), users.id);
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(SELECT "users"."id" FROM "users" ORDER BY "users"."name" ASC, "users"."age" DESC, "users"."id")");
}

}  // namespace order_by_use
