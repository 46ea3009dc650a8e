#pragma once
// ctql on SQLite: `auto db = ctql::sqlite::connect(":memory:");`. Link ctql::sqlite (ctql_sqlite,
// ctql_run and libsqlite3), or define CTQL_HEADER_ONLY first and link libsqlite3 alone.
#include "ctql/ctql.hpp"
#include "ctql/sqlite/connection.hpp"

#ifdef CTQL_HEADER_ONLY
#include "ctql/sqlite/compiled_part.hpp"
#include "ctql/core/run/shared_compiled_part.hpp"
#endif
