#pragma once
// The PostgreSQL backend of the scenarios: the private server the test command starts
// (scripts/postgres-server), reached through CTQL_POSTGRES_URL. Each test process works in a
// schema of its own, so test processes running at the same time (ctest -j) share no tables.
#include <unistd.h>

#include <cstdlib>
#include <string>

#include <ctql/postgres.hpp>

#include "support/schema.hpp"

namespace test {

/// The server's URL. Never a silent skip: without a server the PostgreSQL tests fail.
inline std::string postgres_url() {
  const char* url = std::getenv("CTQL_POSTGRES_URL");
  if (url == nullptr || *url == '\0')
    throw ctql::error(
        "CTQL_POSTGRES_URL is not set: the test command (scripts/test) starts a private PostgreSQL server and "
        "sets it; by hand: export CTQL_POSTGRES_URL=$(scripts/postgres-server start)");
  return url;
}

/// This test process's schema, dropped when the process ends.
inline const std::string& test_schema() {
  struct dropped_at_exit {
    std::string name;
    ~dropped_at_exit() {
      try {
        ctql::postgres::connect(postgres_url()).execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
      } catch (const ctql::error&) {
        // The server is gone already: nothing to clean up then.
      }
    }
  };
  static const dropped_at_exit schema{"ctql_test_" + std::to_string(::getpid())};
  return schema.name;
}

/// A connection whose default schema belongs to this test process.
inline ctql::postgres::connection postgres_connect() {
  auto db = ctql::postgres::connect(postgres_url());
  db.execute("CREATE SCHEMA IF NOT EXISTS " + test_schema() + "; SET search_path TO " + test_schema());
  return db;
}

struct postgres_server {
  static constexpr const char* name = "PostgreSQL";
  using dialect = ctql::postgres;
  /// A connection with the test tables created empty.
  static auto connect() {
    auto db = postgres_connect();
    db.drop_all(posts, users, samples);
    db.create_all(users, posts, samples);
    return db;
  }
};

}  // namespace test
