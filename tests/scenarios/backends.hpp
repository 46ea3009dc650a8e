#pragma once
// The databases the behavioural scenarios run against. Each backend gives a fresh connection
// with the test tables created empty. Server backends join this list with their connectors.
#include <tuple>

#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

// A server backend is compiled in when its connector target is built (tests/CMakeLists.txt);
// its server is started by the test command, and a backend without one fails, never skips.
#ifdef CTQL_TEST_MYSQL
#include "scenarios/mysql_backend.hpp"
#endif
#ifdef CTQL_TEST_POSTGRES
#include "scenarios/postgres_backend.hpp"
#endif
// With both server connectors, ctql::engine is built, and the scenarios run through an engine for
// each URL scheme as well (scenarios/engine_backend.hpp; CMake option CTQL_ENGINE_SCENARIOS).
#ifdef CTQL_TEST_ENGINE
#include "scenarios/engine_backend.hpp"
#endif

namespace test {

struct sqlite_memory {
  static constexpr const char* name = "SQLite";
  using dialect = ctql::sqlite;
  static auto connect() {
    auto db = ctql::sqlite::connect(":memory:");
    db.create_all(users, posts, samples);
    return db;
  }
};

/// Each database through its own connection type (ctql::sqlite::connection, ...): for a scenario
/// that depends on the dialect at compile time (RETURNING where the dialect has it), which an
/// engine, whose dialect is chosen at run time, cannot.
using direct_backends = std::tuple<sqlite_memory
#ifdef CTQL_TEST_MYSQL
                                   , mysql_server
#endif
#ifdef CTQL_TEST_POSTGRES
                                   , postgres_server
#endif
                                   >;

/// The scenarios' list: each database directly, then through an engine (ctql::engine_connection)
/// for each URL scheme.
using backends = std::tuple<sqlite_memory
#ifdef CTQL_TEST_MYSQL
                            , mysql_server
#endif
#ifdef CTQL_TEST_POSTGRES
                            , postgres_server
#endif
#ifdef CTQL_TEST_ENGINE
                            , sqlite_engine, mariadb_engine, postgresql_engine
#endif
                            >;

}  // namespace test
