// The documented use of <ctql/core/schema/json.hpp>: a JSON column read by a path. With that header
// first, then a table, a select, core/query/sql.hpp and core/ddl/create_table.hpp with one dialect.
// Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/schema/json.hpp"

#include <cstdint>

#include "ctql/core/ddl/create_table.hpp"
#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "ctql/core/schema/table.hpp"

namespace json_use {
struct items_t : ctql::table<items_t, "items"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"meta", ctql::json> meta;
};
inline constexpr items_t items{};

void in_stock() {
  static_assert(ctql::create_table<ctql::sqlite>(items) ==
                R"(CREATE TABLE "items" ("id" INTEGER PRIMARY KEY, "meta" TEXT NOT NULL CHECK (json_valid("meta"))))");
  auto q = ctql::select(items.id).from(items).where(items.meta.get<int>(ctql::json_path<"$.stock">) > 0);
  static_assert(ctql::sql<ctql::sqlite>(q) ==
                R"(SELECT "items"."id" FROM "items" WHERE json_extract("items"."meta", '$.stock') > ?)");
  static_assert(ctql::detail::json_checker::valid(R"({"stock": [1, 2]})"));
}
}  // namespace json_use
