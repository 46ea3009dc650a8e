// The documented use of <ctql/core/schema/enum_names.hpp>: an enum stored as text, its names listed
// once. With that header first, then a table, a select and, to see the SQL, core/query/sql.hpp and
// core/ddl/create_table.hpp with one dialect. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/schema/enum_names.hpp"

#include <array>
#include <cstdint>
#include <string_view>

#include "ctql/core/ddl/create_table.hpp"
#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "ctql/core/schema/table.hpp"

namespace enum_names_use {
enum class color { red, green, blue };
}  // namespace enum_names_use

template <>
inline constexpr auto ctql::enum_names<enum_names_use::color> = std::array<std::string_view, 3>{"red", "green", "blue"};

namespace enum_names_use {
struct paints_t : ctql::table<paints_t, "paints"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"paint", color> paint;
};
inline constexpr paints_t paints{};

void red_ones() {
  static_assert(ctql::create_table<ctql::sqlite>(paints) ==
                R"(CREATE TABLE "paints" ("id" INTEGER PRIMARY KEY, "paint" TEXT NOT NULL))");
  auto q = ctql::select(paints.id).from(paints).where(paints.paint == color::red);
  static_assert(ctql::sql<ctql::sqlite>(q) == R"(SELECT "paints"."id" FROM "paints" WHERE "paints"."paint" = ?)");
}
}  // namespace enum_names_use
