// The documented use of <ctql/core/ddl/create_table.hpp>: ctql::create_table<D>(t),
// create_table_if_not_exists, drop_table and drop_table_if_exists, DDL at compile time, with only that
// header, a table (support/tables.hpp, shared by the uses, which includes only core/schema/table.hpp)
// and the dialect. Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/ddl/create_table.hpp"

#include "ctql/core/dialect/sqlite.hpp"
#include "support/tables.hpp"

namespace create_table_use {

using use_tables::contact::posts;
using use_tables::contact::users;

// SQLite: an INTEGER PRIMARY KEY is the rowid; VARCHAR(N) is not enforced, so a CHECK makes it hold;
// a column without std::optional is NOT NULL; a nullable one says nothing.
static_assert(ctql::create_table<ctql::sqlite>(users) ==
              R"(CREATE TABLE "users" ("id" INTEGER PRIMARY KEY, "name" VARCHAR(50) NOT NULL CHECK (length("name") <= 50), "age" INTEGER NOT NULL DEFAULT 0, "email" TEXT UNIQUE))");
static_assert(ctql::create_table_if_not_exists<ctql::sqlite>(posts) ==
              R"(CREATE TABLE IF NOT EXISTS "posts" ("id" INTEGER PRIMARY KEY, "user_id" INTEGER NOT NULL, FOREIGN KEY ("user_id") REFERENCES "users" ("id")))");
static_assert(ctql::drop_table<ctql::sqlite>(posts) == R"(DROP TABLE "posts")");
static_assert(ctql::drop_table_if_exists<ctql::sqlite>(users) == R"(DROP TABLE IF EXISTS "users")");

}  // namespace create_table_use
