#pragma once
// The scenarios run through `ctql::create_engine(url).connect()`, one backend per URL scheme the
// test servers answer: sqlite:// (memory), mariadb:// and postgresql://. (mysql:// needs a MySQL
// 8 server, which the test command does not start: the MySQL dialect is compiled into every
// statement an engine runs, and checked by golden SQL.) A backend's `name` is the database's, as
// for the direct backends (what a scenario expects of "MariaDB" it expects through an engine too), and
// its `dialect` is the one its URL selects (for a scenario that compares the SQL a statement ran).
// Compiled in with CTQL_TEST_ENGINE: when ctql::engine is built (both server connectors are) and the
// CMake option CTQL_ENGINE_SCENARIOS is on, its default (tests/CMakeLists.txt).
#include <string>

#include <ctql/engine.hpp>

#include "scenarios/mysql_backend.hpp"
#include "scenarios/postgres_backend.hpp"
#include "support/schema.hpp"

namespace test {

/// The test tables created empty on a connection from `engine`.
inline ctql::engine_connection engine_connect(ctql::engine& engine) {
  auto db = engine.connect();
  db.drop_all(posts, users, samples);
  db.create_all(users, posts, samples);
  return db;
}

/// sqlite:// is one in-memory database per engine: a new engine per connect(), as the direct
/// backend opens a new :memory: database.
struct sqlite_engine {
  static constexpr const char* name = "SQLite";
  using dialect = ctql::sqlite;  // the URL's: what the engine renders its statements in
  static ctql::engine_connection connect() {
    auto engine = ctql::create_engine("sqlite://");
    return engine_connect(engine);  // the pool outlives the engine object while a connection is out
  }
};

/// The server engines: one per test process, so a scenario that connects twice gets a second
/// connection of the pool, and a connection given back is handed out again (pre-pinged).
struct mariadb_engine {
  static constexpr const char* name = "MariaDB";
  using dialect = ctql::mariadb;  // the URL's: what the engine renders its statements in
  static ctql::engine_connection connect() {
    static ctql::engine engine = [] {
      mysql_connect();  // creates this process's database
      const std::string url = mysql_url();
      const std::string server = url.substr(url.find("://") + 3);
      return ctql::create_engine("mariadb://" + server.substr(0, server.rfind('/') + 1) + mysql_test_database());
    }();
    return engine_connect(engine);
  }
};

struct postgresql_engine {
  static constexpr const char* name = "PostgreSQL";
  using dialect = ctql::postgres;  // the URL's: what the engine renders its statements in
  static ctql::engine_connection connect() {
    static ctql::engine engine = [] {
      postgres_connect();  // creates this process's schema
      const std::string url = postgres_url();
      return ctql::create_engine(url + (url.find('?') == std::string::npos ? "?" : "&") +
                                 "options=-csearch_path%3D" + test_schema());
    }();
    return engine_connect(engine);
  }
};

}  // namespace test
