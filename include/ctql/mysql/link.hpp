#pragma once
// What every part of one MySQL connection shares: the handle, whether the connection was lost,
// the result still streaming rows over it, statements waiting to be closed, and the parameter
// buffers. Errors are made here, so a lost connection is always reported as such and then refuses
// further use without touching the socket.
#include <mysql.h>

#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ctql/core/error.hpp"
#include "ctql/mysql/value_io.hpp"

namespace ctql::mysql_detail {

/// A result that may still have rows on the wire. One connection carries one result at a time,
/// so before another statement runs, link::settle() has it read its remaining rows into memory.
class stream {
 public:
  virtual void buffer_rest() noexcept = 0;

 protected:
  stream() = default;
  stream(const stream&) = default;
  stream& operator=(const stream&) = default;
  ~stream() = default;
};

/// Error codes that mean the connection is gone: the client's "server has gone away" (2006),
/// "lost connection" (2013, 2055), the server's "connection was killed" (1927, MariaDB) and
/// "interaction timeout" (4031, MySQL 8), and every SQLSTATE of class 08.
inline bool is_connection_lost(unsigned code, const char* sqlstate) {
  switch (code) {
    case 2006:
    case 2013:
    case 2055:
    case 1927:
    case 4031: return true;
    default: return sqlstate != nullptr && std::strncmp(sqlstate, "08", 2) == 0;
  }
}

/// Error codes after which a prepared statement must be prepared again (the table changed shape).
inline bool needs_prepare_again(unsigned code) {
  return code == 2057 /* CR_NEW_STMT_METADATA */ || code == 1615 /* ER_NEED_REPREPARE */;
}

class link {
 public:
  explicit link(MYSQL* db) : db_(db) {}
  link(const link&) = delete;
  link& operator=(const link&) = delete;
  ~link() {
    for (MYSQL_STMT* stmt : to_close_) mysql_stmt_close(stmt);
    mysql_close(db_);
  }

  MYSQL* handle() const { return db_; }
  /// Whether the connection was lost (then every use raises ctql::error).
  bool lost() const { return lost_; }
  param_binds& params() { return params_; }

  /// Before anything that talks to the server: refuses a lost connection, has a result still
  /// streaming read its rows into memory, and closes the statements released meanwhile.
  void settle() {
    if (lost_) [[unlikely]] throw_lost();
    if (streaming_ != nullptr) [[unlikely]] {
      stream* s = streaming_;
      s->buffer_rest();
      streaming_ = nullptr;
      if (lost_) throw_lost();
    }
    if (!to_close_.empty()) [[unlikely]] close_pending();
  }

  void start_stream(stream* s) { streaming_ = s; }
  void end_stream(const stream* s) {
    if (streaming_ == s) streaming_ = nullptr;
  }
  bool is_streaming(const stream* s) const { return streaming_ == s; }

  /// Closes a statement, or queues it while a result streams (closing one would read the wire).
  void close_statement(MYSQL_STMT* stmt) noexcept {
    if (streaming_ == nullptr) {
      mysql_stmt_close(stmt);
      return;
    }
    try {
      to_close_.push_back(stmt);
    } catch (...) {
      // No memory: the statement stays open on the server until the connection closes.
    }
  }

  /// Binds the parameters in params() and executes; raises ctql::error on failure.
  void execute(MYSQL_STMT* stmt, std::string_view sql, std::string_view what) {
    if (params_.bound() != params_.size() || params_.refused() != nullptr) [[unlikely]] throw_unbindable(sql);
    if (params_.size() != 0 && mysql_stmt_bind_param(stmt, params_.data()) != 0) fail(what, sql, stmt);
    if (mysql_stmt_execute(stmt) != 0) fail(what, sql, stmt);
  }

  /// Reads the results a statement sends after its first (a stored procedure's), discarding them,
  /// so the connection is ready for the next command.
  void discard_more_results(MYSQL_STMT* stmt, std::string_view sql) {
    while (mysql_stmt_more_results(stmt)) {
      const int rc = mysql_stmt_next_result(stmt);
      if (rc > 0) fail("the statement failed", sql, stmt);
      if (rc < 0) break;
      if (mysql_stmt_field_count(stmt) != 0 && mysql_stmt_free_result(stmt) != 0) fail("the statement failed", sql, stmt);
    }
  }

  /// The error for a failed call, from the statement's or the connection's error state; marks
  /// the connection lost when the error says so.
  error failure(std::string_view what, std::string_view sql, MYSQL_STMT* stmt) {
    // A network failure while rows stream (mysql_stmt_fetch) is recorded on the connection only,
    // leaving the statement's code 0: then the connection's error is the one that happened.
    if (mysql_stmt_errno(stmt) == 0) return failure(what, sql);
    return failure(what, sql, mysql_stmt_errno(stmt), mysql_stmt_error(stmt), mysql_stmt_sqlstate(stmt));
  }
  error failure(std::string_view what, std::string_view sql) {
    return failure(what, sql, mysql_errno(db_), mysql_error(db_), mysql_sqlstate(db_));
  }
  error failure(std::string_view what, std::string_view sql, unsigned code, const char* message, const char* sqlstate) {
    if (is_connection_lost(code, sqlstate)) {
      lost_ = true;
      return error("the connection was lost; connect again", std::string(sql), message, static_cast<int>(code),
                   sqlstate);
    }
    return error(std::string(what), std::string(sql), message, static_cast<int>(code), sqlstate);
  }
  [[noreturn, gnu::noinline, gnu::cold]] void fail(std::string_view what, std::string_view sql, MYSQL_STMT* stmt) {
    throw failure(what, sql, stmt);
  }
  [[noreturn, gnu::noinline, gnu::cold]] void fail(std::string_view what, std::string_view sql) {
    throw failure(what, sql);
  }
  [[noreturn, gnu::noinline, gnu::cold]] static void throw_lost() {
    throw error("the connection was lost; connect again");
  }

 private:
  [[noreturn, gnu::noinline, gnu::cold]] void throw_unbindable(std::string_view sql) const {
    if (params_.refused() != nullptr)
      throw error("the value of placeholder " + std::to_string(params_.refused_index() + 1) + " is " +
                      params_.refused() + ", which MySQL and MariaDB cannot store or compare (a column would " +
                      "refuse it or keep 0 instead); bind std::nullopt for a missing value",
                  std::string(sql));
    throw error("the statement has " + std::to_string(params_.size()) + " placeholders but " +
                    std::to_string(params_.bound()) + " values were bound",
                std::string(sql));
  }
  void close_pending() noexcept {
    for (MYSQL_STMT* stmt : std::exchange(to_close_, {})) mysql_stmt_close(stmt);
  }

  MYSQL* db_;
  bool lost_ = false;
  stream* streaming_ = nullptr;
  std::vector<MYSQL_STMT*> to_close_;
  param_binds params_;
};

}  // namespace ctql::mysql_detail
