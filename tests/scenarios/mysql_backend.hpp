#pragma once
// The MariaDB backend of the behavioural scenarios: the server the test command starts
// (scripts/mariadb-server), named by CTQL_MYSQL_URL, reached with the ctql::mariadb dialect (there
// is no MySQL server here: ctql::mysql is covered by golden SQL only). Without it the tests fail,
// never skip.
// Each test process works in its own database (ctql_test_<pid>), so test processes run in parallel.
#include <cstdlib>
#include <string>
#include <string_view>

#include <unistd.h>

#include <ctql/mariadb.hpp>

#include "support/schema.hpp"

namespace test {

/// CTQL_MYSQL_URL, with `options` (e.g. "?max_allowed_packet=4096") appended.
inline std::string mysql_url(std::string_view options = {}) {
  const char* url = std::getenv("CTQL_MYSQL_URL");
  if (url == nullptr || *url == '\0')
    throw ctql::error(
        "CTQL_MYSQL_URL is not set: the MariaDB tests need the server that scripts/test starts; "
        "run `export CTQL_MYSQL_URL=$(scripts/mariadb-server start)` first");
  return std::string(url) + std::string(options);
}

/// This process's own database.
inline std::string mysql_test_database() { return "ctql_test_" + std::to_string(::getpid()); }

/// A connection to the test server, working in this process's own database (created on first
/// use, dropped when the process ends).
inline ctql::mariadb::connection mysql_connect(std::string_view options = {}) {
  auto db = ctql::mariadb::connect(mysql_url(options));
  struct drop_at_exit {
    std::string url;
    std::string name;
    ~drop_at_exit() {
      try {
        ctql::mariadb::connect(url).execute("DROP DATABASE IF EXISTS `" + name + "`");
      } catch (...) {
        // The next `scripts/mariadb-server start` drops what is left.
      }
    }
  };
  static const drop_at_exit database = [&] {
    db.execute("CREATE DATABASE IF NOT EXISTS `" + mysql_test_database() + "` CHARACTER SET utf8mb4");
    return drop_at_exit{mysql_url(), mysql_test_database()};
  }();
  db.execute("USE `" + database.name + "`");
  return db;
}

struct mysql_server {
  static constexpr const char* name = "MariaDB";
  using dialect = ctql::mariadb;
  static auto connect() {
    auto db = mysql_connect();
    db.drop_all(posts, users, samples);
    db.create_all(users, posts, samples);
    return db;
  }
};

}  // namespace test
