// The documented use of <ctql/core/schema/uuid.hpp>: a uuid column, looked up by a uuid. With that
// header first, then a table, a select, core/query/sql.hpp and core/ddl/create_table.hpp with one
// dialect. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/schema/uuid.hpp"

#include <cstdint>

#include "ctql/core/ddl/create_table.hpp"
#include "ctql/core/dialect/postgres.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/sql.hpp"
#include "ctql/core/schema/table.hpp"

namespace uuid_use {
struct keys_t : ctql::table<keys_t, "keys"> {
  column<"id", ctql::uuid, ctql::primary_key> id;
};
inline constexpr keys_t keys{};

void by_id() {
  static_assert(ctql::create_table<ctql::postgres>(keys) == R"(CREATE TABLE "keys" ("id" UUID NOT NULL PRIMARY KEY))");
  auto q = ctql::select(keys.id).from(keys).where(keys.id == ctql::uuid{"123e4567-e89b-12d3-a456-426614174000"});
  static_assert(ctql::sql<ctql::postgres>(q) == R"(SELECT "keys"."id" FROM "keys" WHERE "keys"."id" = $1)");
  static_assert(ctql::uuid::parse("123E4567-E89B-12D3-A456-426614174000")->bytes()[0] == 0x12);
}
}  // namespace uuid_use
