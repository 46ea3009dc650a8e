// The documented use of <ctql/core/dialect/sqlite.hpp>: the tag ctql::sqlite given to ctql::sql<>() and
// ctql::create_table<>(), and what it decides: quoting, placeholders, OFFSET without LIMIT,
// integer division, upsert spelling, DEFAULT VALUES, the auto key's DDL. The dialect's header comes
// first; then the renderers and the statements and tables every dialect's use shares
// (tests/headers/support/, which include no dialect header). Built in ALL by
// tests/headers/CMakeLists.txt.
#include "ctql/core/dialect/sqlite.hpp"

#include "ctql/core/ddl/create_table.hpp"
#include "ctql/core/query/sql.hpp"
#include "support/dialect_statements.hpp"

namespace sqlite_use {

using namespace dialect_statements;

void spelling() {
  using D = ctql::sqlite;
  auto q = offset_without_limit();
  static_assert(ctql::sql<D>(q) ==
                R"(SELECT "users"."id" FROM "users" WHERE ("users"."age" / ?) > ? LIMIT -1 OFFSET ?)");
  auto upsert = upsert_on_email();
  static_assert(ctql::sql<D>(upsert) ==
                R"(INSERT INTO "users" ("name", "email") VALUES (?, ?) ON CONFLICT ("email") DO UPDATE SET "name" = excluded."name")");
  auto defaults = default_values();
  static_assert(ctql::sql<D>(defaults) == R"(INSERT INTO "counters" DEFAULT VALUES)");
  static_assert(ctql::create_table<D>(counters) ==
                R"(CREATE TABLE "counters" ("id" INTEGER PRIMARY KEY, "hits" INTEGER NOT NULL DEFAULT 0))");
}

}  // namespace sqlite_use
