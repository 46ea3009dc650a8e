// The documented use of <ctql/sqlite.hpp>, with only that header (it brings <ctql/ctql.hpp>):
// connect, then the use every connector shares (tests/headers/support/connector_use.hpp, which
// includes no connector header, and the tables it runs on, support/tables.hpp): create_all /
// drop_all, running statements with db(q) (rows as tuples, first(), all(), as<T>(), exec_result),
// prepare() with param<> and arg<>, transaction(), raw text. Compiled, never run (no server is
// contacted): it checks that the connector's share of core/run/connection.hpp instantiates. Built
// in ALL by tests/headers/CMakeLists.txt when ctql::sqlite is.
#include "ctql/sqlite.hpp"

// The umbrella brought the schema too: support/tables.hpp includes core/schema/table.hpp again,
// which must add nothing.
static_assert(sizeof(ctql::table_tag) > 0);

#include <cstdint>

#include "support/connector_use.hpp"

namespace sqlite_use {

std::int64_t use() {
  auto db = ctql::sqlite::connect(":memory:");
  return connector_use::use(db);
}

}  // namespace sqlite_use
