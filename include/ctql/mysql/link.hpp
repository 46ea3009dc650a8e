#pragma once
// What every part of one MySQL connection shares: the handle, whether the connection was lost,
// the result still streaming rows over it, statements waiting to be closed, the parameter
// buffers, and whether a ctql transaction is open. Errors are made here, so a lost connection is
// always reported as such and then refuses further use without touching the socket, and a
// transaction the server has ended refuses statements until its guard is rolled back.
#include <mysql.h>

#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ctql/core/error.hpp"
#include "ctql/mysql/value_binding.hpp"

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
  /// streaming read its rows into memory, refuses a transaction the server has ended, and closes
  /// the statements released meanwhile.
  void settle() {
    if (lost_) [[unlikely]] throw_lost();
    if (streaming_ != nullptr) [[unlikely]] {
      stream* s = streaming_;
      s->buffer_rest();
      streaming_ = nullptr;
      if (lost_) throw_lost();
    }
    // SERVER_STATUS_IN_TRANS comes with every OK and EOF packet (failure() asks for one after an
    // error): checking it costs no round trip.
    if (transaction_open_ && !server_in_transaction()) [[unlikely]] throw_transaction_ended();
    if (!to_close_.empty()) [[unlikely]] close_pending();
  }

  /// Whether the server has a transaction open, as its last OK or EOF packet said.
  bool server_in_transaction() const { return (db_->server_status & SERVER_STATUS_IN_TRANS) != 0; }
  /// Told by the session whether a ctql transaction is open: then a server without one refuses
  /// statements (they would run, and commit, on their own).
  void set_transaction_open(bool open) {
    transaction_open_ = open;
    if (!open) rolled_back_ = false;
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
      return error(lost_text(), std::string(sql), message, static_cast<int>(code), sqlstate);
    }
    error e(std::string(what), std::string(sql), message, static_cast<int>(code), sqlstate);
    // (The probe overwrites the connection's error text: e has its own copy.)
    if (transaction_open_ && !rolled_back_ && transaction_ended()) {
      rolled_back_ = true;
      return error(std::string(what) + "; the server rolled back the whole transaction, so nothing more runs in it: " +
                       "roll back the guard (and retry the transaction if you wish)",
                   e.sql(), e.database_message(), e.code(), e.sqlstate());
    }
    return e;
  }
  [[noreturn, gnu::noinline, gnu::cold]] void fail(std::string_view what, std::string_view sql, MYSQL_STMT* stmt) {
    throw failure(what, sql, stmt);
  }
  [[noreturn, gnu::noinline, gnu::cold]] void fail(std::string_view what, std::string_view sql) {
    throw failure(what, sql);
  }
  [[noreturn, gnu::noinline, gnu::cold]] void throw_lost() const { throw error(lost_text()); }

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
  std::string lost_text() const {
    return transaction_open_ ? "the connection was lost, and with it the open transaction (the server rolled it "
                               "back); connect again"
                             : "the connection was lost; connect again";
  }

  /// After an error inside a ctql transaction: whether the server ended the transaction (a deadlock
  /// rolls it all back, so does a lock wait timeout with innodb_rollback_on_timeout). An error
  /// packet carries no status, so a `DO 0` fetches it: one round trip, on errors only.
  [[gnu::noinline, gnu::cold]] bool transaction_ended() {
    if (streaming_ != nullptr) return false;  // the connection cannot take a command now
    constexpr std::string_view probe = "DO 0";
    if (mysql_real_query(db_, probe.data(), static_cast<unsigned long>(probe.size())) != 0) {
      if (is_connection_lost(mysql_errno(db_), mysql_sqlstate(db_))) lost_ = true;
      return lost_;
    }
    return !server_in_transaction();
  }

  [[noreturn, gnu::noinline, gnu::cold]] void throw_transaction_ended() const {
    if (rolled_back_)
      throw error("the transaction was rolled back by the server (after a deadlock, a lock wait timeout or another "
                  "error that ends it), so nothing more runs in it; roll back the guard (tx.rollback(), or let it "
                  "go out of scope) and retry the transaction");
    throw error("the transaction was ended by the server (a statement that commits implicitly, such as CREATE "
                "TABLE, or COMMIT in SQL text, ended it), so nothing more runs in it; roll back the guard "
                "(tx.rollback(), or let it go out of scope)");
  }

  void close_pending() noexcept {
    for (MYSQL_STMT* stmt : std::exchange(to_close_, {})) mysql_stmt_close(stmt);
  }

  MYSQL* db_;
  bool lost_ = false;
  bool transaction_open_ = false;  // a ctql transaction is open
  bool rolled_back_ = false;       // and an error showed the server rolled it back
  stream* streaming_ = nullptr;
  std::vector<MYSQL_STMT*> to_close_;
  param_binds params_;
};

}  // namespace ctql::mysql_detail
