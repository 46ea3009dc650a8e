#pragma once
// ctql on PostgreSQL: `auto db = ctql::postgres::connect("postgresql://user:pw@127.0.0.1:5432/app");`.
// Link ctql::postgres (ctql_postgres, ctql_run and libpq), or define CTQL_HEADER_ONLY first and link libpq alone.
#include "ctql/ctql.hpp"
#include "ctql/postgres/connection.hpp"

#ifdef CTQL_HEADER_ONLY
#include "ctql/postgres/compiled_part.hpp"
#include "ctql/core/run/shared_compiled_part.hpp"
#endif
