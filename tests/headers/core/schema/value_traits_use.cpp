// The documented use of <ctql/core/schema/value_traits.hpp>: a strong id stored as an integer, which
// compares only with its own type. With that header first, then a table, a select and, to see the
// SQL, core/query/sql.hpp with one dialect. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/schema/value_traits.hpp"

#include <cstdint>
#include <tuple>
#include <type_traits>

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "ctql/core/schema/table.hpp"

namespace value_traits_use {
struct user_id {
  std::int64_t v;
};
}  // namespace value_traits_use

template <>
struct ctql::value_traits<value_traits_use::user_id> {
  using stored_type = std::int64_t;
  static std::int64_t to_stored(value_traits_use::user_id id) { return id.v; }
  static value_traits_use::user_id from_stored(std::int64_t v) { return {v}; }
};

namespace value_traits_use {
struct items_t : ctql::table<items_t, "items"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"owner", user_id> owner;
};
inline constexpr items_t items{};

void by_owner() {
  auto q = ctql::select(items.owner).from(items).where(items.owner == user_id{42});
  static_assert(ctql::sql<ctql::sqlite>(q) == R"(SELECT "items"."owner" FROM "items" WHERE "items"."owner" = ?)");
  static_assert(std::is_same_v<decltype(q)::row_type, std::tuple<user_id>>);
}
}  // namespace value_traits_use
