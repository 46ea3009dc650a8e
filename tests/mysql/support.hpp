#pragma once
// What the MySQL-specific tests share: connections to the test server (tests/scenarios/mysql_backend.hpp)
// and the server's own counters.
#include <cstdint>
#include <string>
#include <tuple>

#include <ctql/mariadb.hpp>

#include "scenarios/mysql_backend.hpp"
#include "support/schema.hpp"

namespace test {

/// A connection with the test tables created empty.
inline ctql::mariadb::connection mysql_fresh(std::string_view options = {}) {
  auto db = mysql_connect(options);
  db.drop_all(posts, users, samples);
  db.create_all(users, posts, samples);
  return db;
}

/// A session status counter of the server (Com_stmt_prepare, Com_stmt_execute, ...).
inline std::int64_t session_status(ctql::mariadb::connection& db, const std::string& name) {
  auto row = db(ctql::text<std::string>(
                    "SELECT VARIABLE_VALUE FROM information_schema.SESSION_STATUS WHERE VARIABLE_NAME = :name"),
                ctql::arg<"name">(name))
                 .first();
  return row ? std::stoll(std::get<0>(*row)) : -1;
}

}  // namespace test
