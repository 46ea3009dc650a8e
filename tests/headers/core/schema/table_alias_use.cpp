// The documented use of <ctql/core/schema/table_alias.hpp>: `constexpr auto boss = users.as<"boss">();`
// names the table again for a self-join; its columns are `boss[users.name]`, rendered
// `"boss"."name"`. With that header first, then a table, a select and, to see the SQL,
// core/query/sql.hpp with one dialect. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/schema/table_alias.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "ctql/core/schema/table.hpp"

namespace table_alias_use {

struct staff_t : ctql::table<staff_t, "staff"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string> name;
  column<"boss_id", std::optional<std::int64_t>> boss_id;
};
inline constexpr staff_t staff{};

void self_join() {
  constexpr auto boss = staff.as<"boss">();
  auto q = ctql::select(staff.name, boss[staff.name]).from(staff.left_join(boss).on(boss[staff.id] == staff.boss_id));
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(SELECT "staff"."name", "boss"."name" FROM "staff" LEFT OUTER JOIN "staff" AS "boss" ON "boss"."id" = "staff"."boss_id")");
  static_assert(std::is_same_v<decltype(q)::row_type, std::tuple<std::string, std::optional<std::string>>>);
}

}  // namespace table_alias_use
