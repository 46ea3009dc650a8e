#pragma once
// The databases the behavioural scenarios run against. Each backend gives a fresh connection
// with the test tables created empty. Server backends join this list with their connectors.
#include <tuple>

#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

namespace test {

struct sqlite_memory {
  static constexpr const char* name = "SQLite";
  static auto connect() {
    auto db = ctql::sqlite::connect(":memory:");
    db.create_all(users, posts, samples);
    return db;
  }
};

using backends = std::tuple<sqlite_memory>;

}  // namespace test
