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

namespace test {

struct sqlite_memory {
  static constexpr const char* name = "SQLite";
  static auto connect() {
    auto db = ctql::sqlite::connect(":memory:");
    db.create_all(users, posts, samples);
    return db;
  }
};

using backends = std::tuple<sqlite_memory
#ifdef CTQL_TEST_MYSQL
                            , mysql_server
#endif
#ifdef CTQL_TEST_POSTGRES
                            , postgres_server
#endif
                            >;

}  // namespace test
