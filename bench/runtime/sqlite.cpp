// ctql's plain idiom against hand-written sqlite3 C code with reused prepared statements, on the
// same data (workload.hpp says what each workload does). scripts/bench times it, in memory and on
// disk; scripts/bench-sqlite counts its instructions with callgrind.
//   bench_sqlite <ctql|raw> <insert|bulk|select|lookup|filter> [rows] [database file, default :memory:]
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <ctql/sqlite.hpp>

#include "workload.hpp"

namespace {

using bench::measurement;

constexpr std::size_t batch_rows = 500;  // what the ctql connector batches values(range) into

void must(int rc, sqlite3* db) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
    std::abort();
  }
}

void exec(sqlite3* db, const char* sql) { must(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), db); }

sqlite3_stmt* prepare(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  must(sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr), db);
  return stmt;
}

std::string column_text(sqlite3_stmt* stmt, int column) {
  return std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt, column)),
                     static_cast<std::size_t>(sqlite3_column_bytes(stmt, column)));
}

void raw_insert(sqlite3* db, const std::vector<std::string>& names) {
  exec(db, "BEGIN");
  sqlite3_stmt* insert = prepare(db, R"(INSERT INTO "bench_users" ("name", "age") VALUES (?, ?))");
  for (std::size_t i = 0; i < names.size(); ++i) {
    sqlite3_bind_text(insert, 1, names[i].data(), static_cast<int>(names[i].size()), SQLITE_STATIC);
    sqlite3_bind_int(insert, 2, bench::age_of(i));
    if (sqlite3_step(insert) != SQLITE_DONE) must(SQLITE_ERROR, db);
    sqlite3_reset(insert);
  }
  sqlite3_finalize(insert);
  exec(db, "COMMIT");
}

std::string multi_row_insert(std::size_t rows) {
  std::string sql = R"(INSERT INTO "bench_users" ("name", "age") VALUES (?, ?))";
  for (std::size_t r = 1; r < rows; ++r) sql += ", (?, ?)";
  return sql;
}

/// Multi-row INSERTs of batch_rows rows in one transaction, as ctql sends values(range).
void raw_bulk(sqlite3* db, const std::vector<std::string>& names) {
  exec(db, "BEGIN");
  sqlite3_stmt* full = prepare(db, multi_row_insert(batch_rows));
  for (std::size_t done = 0; done < names.size();) {
    const std::size_t n = std::min(batch_rows, names.size() - done);
    sqlite3_stmt* stmt = n == batch_rows ? full : prepare(db, multi_row_insert(n));
    int index = 0;
    for (std::size_t i = done; i < done + n; ++i) {
      sqlite3_bind_text(stmt, ++index, names[i].data(), static_cast<int>(names[i].size()), SQLITE_STATIC);
      sqlite3_bind_int(stmt, ++index, bench::age_of(i));
    }
    if (sqlite3_step(stmt) != SQLITE_DONE) must(SQLITE_ERROR, db);
    sqlite3_reset(stmt);
    if (stmt != full) sqlite3_finalize(stmt);
    done += n;
  }
  sqlite3_finalize(full);
  exec(db, "COMMIT");
}

std::size_t raw_count(sqlite3* db) {
  sqlite3_stmt* stmt = prepare(db, R"(SELECT count(*) FROM "bench_users")");
  must(sqlite3_step(stmt), db);
  const auto n = static_cast<std::size_t>(sqlite3_column_int64(stmt, 0));
  sqlite3_finalize(stmt);
  return n;
}

std::size_t run_raw(const bench::run_request& request, measurement& m) {
  sqlite3* db = nullptr;
  // Opened as ctql opens it: the comparison is of the code that runs statements.
  if (sqlite3_open_v2(request.database.c_str(), &db,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                      nullptr) != SQLITE_OK)
    std::abort();
  exec(db, "PRAGMA foreign_keys = ON");
  exec(db, R"(DROP TABLE IF EXISTS "bench_users")");
  exec(db, R"(CREATE TABLE "bench_users" ("id" INTEGER PRIMARY KEY, "name" VARCHAR(64) NOT NULL CHECK (length("name") <= 64), )"
           R"("age" INTEGER NOT NULL, "email" VARCHAR(128) CHECK (length("email") <= 128)))");
  const auto names = bench::make_names(request.rows);
  const std::string& workload = request.workload;
  std::size_t check = 0;
  if (workload == "insert") {
    m.start();
    raw_insert(db, names);
    m.stop();
    check = raw_count(db);
  } else if (workload == "bulk") {
    m.start();
    raw_bulk(db, names);
    m.stop();
    check = raw_count(db);
  } else if (workload == "select") {
    raw_bulk(db, names);
    m.start();
    std::vector<bench::user> all;
    sqlite3_stmt* stmt = prepare(db, R"(SELECT "id", "name", "age", "email" FROM "bench_users")");
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      std::optional<std::string> email;
      if (sqlite3_column_type(stmt, 3) != SQLITE_NULL) email.emplace(column_text(stmt, 3));
      all.push_back(bench::user{sqlite3_column_int64(stmt, 0), column_text(stmt, 1), sqlite3_column_int(stmt, 2),
                                std::move(email)});
    }
    sqlite3_finalize(stmt);
    m.stop();
    check = bench::checksum(all);
  } else if (workload == "lookup") {
    raw_bulk(db, names);
    m.start();
    sqlite3_stmt* stmt = prepare(db, R"(SELECT "name", "age" FROM "bench_users" WHERE "id" = ?)");
    for (std::int64_t id = 1; id <= request.rows; ++id) {
      sqlite3_bind_int64(stmt, 1, id);
      if (sqlite3_step(stmt) == SQLITE_ROW) {
        const std::string name = column_text(stmt, 0);
        check += bench::checksum(id, name, sqlite3_column_int(stmt, 1));
      }
      sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    m.stop();
  } else {
    raw_bulk(db, names);
    m.start();
    sqlite3_stmt* stmt =
        prepare(db, R"(SELECT "id", "name", "age" FROM "bench_users" WHERE "age" BETWEEN ? AND ? AND "name" LIKE ?)");
    for (int q = 0; q < bench::filter_queries; ++q) {
      const int low = bench::filter_low(q);
      const std::string pattern = bench::filter_pattern(q);
      sqlite3_bind_int(stmt, 1, low);
      sqlite3_bind_int(stmt, 2, low + 2);
      sqlite3_bind_text(stmt, 3, pattern.data(), static_cast<int>(pattern.size()), SQLITE_STATIC);
      while (sqlite3_step(stmt) == SQLITE_ROW) {
        const std::string name = column_text(stmt, 1);
        check += bench::checksum(sqlite3_column_int64(stmt, 0), name, sqlite3_column_int(stmt, 2));
      }
      sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    m.stop();
  }
  exec(db, R"(DROP TABLE "bench_users")");
  sqlite3_close(db);
  return check;
}

std::size_t run_ctql(const bench::run_request& request, measurement& m) {
  auto db = ctql::sqlite::connect(request.database);
  return bench::run_ctql(db, request.workload, request.rows, m);
}

}  // namespace

int main(int argc, char** argv) { return bench::run_main(argc, argv, "database file", ":memory:", run_ctql, run_raw); }
