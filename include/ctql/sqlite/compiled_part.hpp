#pragma once
// What ctql_sqlite compiles once: the SQLite connector's code that depends on no statement
// (opening, executing SQL text, stepping a change, the statement cache's slow path, transactions,
// error paths). With CTQL_HEADER_ONLY, <ctql/sqlite.hpp> includes it and it is inline.
#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "ctql/core/error.hpp"
#include "ctql/core/run/compiled_part.hpp"
#include "ctql/core/run/statement_cache_slow_paths.hpp"
#include "ctql/sqlite/connection.hpp"

namespace ctql::sqlite_detail {

CTQL_COMPILED_PART void throw_error(sqlite3* db, std::string_view what, std::string_view sql, int code) {
  throw error(std::string(what), std::string(sql), db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code), code);
}

CTQL_COMPILED_PART void throw_conversion(std::string_view what, std::string_view sql, int column) {
  throw error("result column " + std::to_string(column) + ": " + std::string(what), std::string(sql));
}

CTQL_COMPILED_PART void throw_nan(sqlite3_stmt* stmt) {
  throw error("cannot bind NaN: SQLite would store it as NULL; store NULL (std::nullopt) or a number instead",
              sqlite3_sql(stmt));
}

CTQL_COMPILED_PART const char* storage_name(int type) {
  switch (type) {
    case SQLITE_INTEGER: return "INTEGER";
    case SQLITE_FLOAT: return "REAL";
    case SQLITE_TEXT: return "TEXT";
    case SQLITE_BLOB: return "BLOB";
    default: return "NULL";
  }
}

CTQL_COMPILED_PART void throw_null(sqlite3_stmt* stmt, int column) {
  throw_conversion("is NULL but the result type is not std::optional; make it std::optional<T>", sqlite3_sql(stmt), column);
}
CTQL_COMPILED_PART void throw_storage(sqlite3_stmt* stmt, int column, int type, const char* wanted) {
  throw_conversion(std::string("holds ") + storage_name(type) + ", which cannot be read exactly as " + wanted,
                   sqlite3_sql(stmt), column);
}
CTQL_COMPILED_PART void throw_out_of_range(sqlite3_stmt* stmt, int column, sqlite3_int64 v) {
  throw_conversion("holds " + std::to_string(v) + ", out of range of the result's integer type", sqlite3_sql(stmt), column);
}
CTQL_COMPILED_PART void throw_not_bool(sqlite3_stmt* stmt, int column, sqlite3_int64 v) {
  throw_conversion("holds " + std::to_string(v) + ", not a bool (0 or 1)", sqlite3_sql(stmt), column);
}
CTQL_COMPILED_PART void throw_inexact_double(sqlite3_stmt* stmt, int column, sqlite3_int64 v) {
  throw_conversion("holds the integer " + std::to_string(v) + ", which a double cannot hold exactly", sqlite3_sql(stmt), column);
}
CTQL_COMPILED_PART void throw_inexact_float(sqlite3_stmt* stmt, int column) {
  throw_conversion("holds a value a float cannot hold exactly; read it as double", sqlite3_sql(stmt), column);
}
CTQL_COMPILED_PART void throw_bad_time(sqlite3_stmt* stmt, int column, std::string_view text) {
  throw_conversion("holds '" + std::string(text) + "', not an ISO 8601 date or time", sqlite3_sql(stmt), column);
}

CTQL_COMPILED_PART void throw_query_failed(sqlite3_stmt* stmt, int rc) {
  throw_error(sqlite3_db_handle(stmt), "the query failed", sqlite3_sql(stmt), rc);
}

CTQL_COMPILED_PART cache_operations::statement cache_operations::prepare(std::string_view sql, bool kept) {
  sqlite3_stmt* stmt = nullptr;
  const char* tail = nullptr;
  const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                                    kept ? SQLITE_PREPARE_PERSISTENT : 0, &stmt, &tail);
  if (rc != SQLITE_OK) throw_error(db, "cannot prepare the statement", sql, rc);
  if (stmt == nullptr) throw error("the SQL holds no statement", std::string(sql));
  const std::string_view rest(tail, static_cast<std::size_t>(sql.data() + sql.size() - tail));
  if (rest.find_first_not_of(" \t\r\n;") != std::string_view::npos) {
    sqlite3_finalize(stmt);
    throw error("the SQL holds more than one statement; run them one at a time", std::string(sql));
  }
  return {stmt};
}

CTQL_COMPILED_PART session::~session() {
  sqlite3_rollback_hook(db_, nullptr, nullptr);  // a handle that outlives its close must not call back
  cache_.clear();  // every statement finalized, so the handle closes now
  if (sqlite3_close(db_) != SQLITE_OK) sqlite3_close_v2(db_);
}

CTQL_COMPILED_PART void session::execute(std::string_view sql) {
  check_transaction();
  if (!transaction_open()) ended_ = ended_by::nothing;  // a BEGIN, or SQL outside any ctql transaction
  const std::string text(sql);
  // One statement at a time (as sqlite3_exec runs them), to see after each whether it ended the
  // ctql transaction: after `COMMIT; BEGIN; ROLLBACK` only the first end tells what became of it.
  const char* next = text.c_str();
  while (*next != '\0') {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, next, -1, &stmt, &next) != SQLITE_OK)
      throw error("the statement failed", text, sqlite3_errmsg(db_), sqlite3_extended_errcode(db_));
    if (stmt == nullptr) continue;  // white space or a comment
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW) rc = sqlite3_step(stmt);
    if (rc != SQLITE_DONE) {
      error failure("the statement failed", text, sqlite3_errmsg(db_), sqlite3_extended_errcode(db_));
      sqlite3_finalize(stmt);
      note_end_after_statement();
      throw failure;
    }
    sqlite3_finalize(stmt);
    note_end_after_statement();
  }
}

}  // namespace ctql::sqlite_detail

namespace ctql {

/// Opens (or creates) a database file, or ":memory:". Foreign keys are enforced.
CTQL_COMPILED_PART sqlite::connection sqlite::connect(std::string_view path) {
  sqlite3* db = nullptr;
  const std::string file(path);
  // One connection is used by one thread at a time, so SQLite's own locking is not needed.
  const int rc = sqlite3_open_v2(file.c_str(), &db,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                                 nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    throw error("cannot open the SQLite database '" + file + "'", {}, message, rc);
  }
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, 5000);
  connection c(db);
  c.execute("PRAGMA foreign_keys = ON");
  return c;
}

}  // namespace ctql

#ifndef CTQL_HEADER_ONLY
template class ctql::detail::statement_cache<ctql::sqlite_detail::cache_operations>;
template class ctql::savepoint_transactions<ctql::sqlite_detail::session>;
#endif
