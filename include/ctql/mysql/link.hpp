#pragma once
// What every part of one MySQL connection shares: the handle, whether the connection was lost,
// the result still streaming rows over it, statements waiting to be closed, the parameter
// buffers, and whether a ctql transaction is open. Errors are made here, so a lost connection is
// always reported as such and then refuses further use without touching the socket, and a
// transaction the server has ended refuses statements until its guard is rolled back.
#include <mysql.h>

#include <string>
#include <string_view>
#include <vector>

#include "ctql/core/error.hpp"  // link::failure() gives a ctql::error
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
bool is_connection_lost(unsigned code, const char* sqlstate);

/// Error codes after which a prepared statement must be prepared again (the table changed shape).
inline bool needs_prepare_again(unsigned code) {
  return code == 2057 /* CR_NEW_STMT_METADATA */ || code == 1615 /* ER_NEED_REPREPARE */;
}

class link {
 public:
  explicit link(MYSQL* db) : db_(db) {}
  link(const link&) = delete;
  link& operator=(const link&) = delete;
  ~link();

  MYSQL* handle() const { return db_; }
  /// Whether the connection was lost (then every use raises ctql::error).
  bool lost() const { return lost_; }
  param_binds& params() { return params_; }

  /// Before anything that talks to the server: refuses a lost connection, has a result still
  /// streaming read its rows into memory, refuses a transaction the server has ended, and closes
  /// the statements released meanwhile.
  /// The common case (nothing to do) is checked here, inline; the rest is settle_slowly().
  void settle() {
    // SERVER_STATUS_IN_TRANS comes with every OK and EOF packet (failure() asks for one after an
    // error): checking it costs no round trip.
    if (lost_ || streaming_ != nullptr || (transaction_open_ && !transaction_still_open()) || !to_close_.empty())
        [[unlikely]]
      settle_slowly();
  }

  /// Whether the session reads a backslash in a quoted string as an escape (NO_BACKSLASH_ESCAPES
  /// off, as connect() sets it), as its last OK or EOF packet said.
  bool reads_backslash_escapes() const { return (db_->server_status & SERVER_STATUS_NO_BACKSLASH_ESCAPES) == 0; }
  /// Whether the server has a transaction open, as its last OK or EOF packet said.
  bool server_in_transaction() const { return (db_->server_status & SERVER_STATUS_IN_TRANS) != 0; }
  /// Whether an error showed that the server rolled back the open ctql transaction.
  bool rolled_back() const { return rolled_back_; }
  /// Whether the server still has the ctql transaction open: it has one, and no statement of SQL run
  /// by hand ended it (`COMMIT; BEGIN` in one execute() leaves one open, not the ctql one).
  bool transaction_still_open() const { return server_in_transaction() && !ended_by_hand_; }
  bool ended_by_hand() const { return ended_by_hand_; }
  /// Called after each statement of SQL run by hand: notes one that ended the ctql transaction.
  void note_statement_status() {
    if (transaction_open_ && !server_in_transaction()) ended_by_hand_ = true;
  }
  /// Notes SQL run by hand that ends a transaction while the ctql one is open.
  void note_transaction_ended_by_hand() {
    if (transaction_open_) ended_by_hand_ = true;
  }
  bool server_autocommits() const { return (db_->server_status & SERVER_STATUS_AUTOCOMMIT) != 0; }
  /// Told by the session whether a ctql transaction is open: then a server without one refuses
  /// statements (they would run, and commit, on their own).
  void set_transaction_open(bool open) {
    transaction_open_ = open;
    if (!open) rolled_back_ = ended_by_hand_ = false;
  }

  void start_stream(stream* s) { streaming_ = s; }
  void end_stream(const stream* s) {
    if (streaming_ == s) streaming_ = nullptr;
  }
  bool is_streaming(const stream* s) const { return streaming_ == s; }

  /// Closes a statement, or queues it while a result streams (closing one would read the wire).
  void close_statement(MYSQL_STMT* stmt) noexcept;

  /// Binds the parameters in params() and executes; raises ctql::error on failure.
  void execute(MYSQL_STMT* stmt, std::string_view sql, std::string_view what);

  /// Reads the results a statement sends after its first (a stored procedure's), discarding them,
  /// so the connection is ready for the next command.
  void discard_more_results(MYSQL_STMT* stmt, std::string_view sql);

  /// The error for a failed call, from the statement's or the connection's error state; marks
  /// the connection lost when the error says so.
  error failure(std::string_view what, std::string_view sql, MYSQL_STMT* stmt);
  error failure(std::string_view what, std::string_view sql);
  error failure(std::string_view what, std::string_view sql, unsigned code, const char* message, const char* sqlstate);
  [[noreturn, gnu::cold]] void fail(std::string_view what, std::string_view sql, MYSQL_STMT* stmt);
  [[noreturn, gnu::cold]] void fail(std::string_view what, std::string_view sql);
  [[noreturn, gnu::cold]] void throw_lost() const;

 private:
  /// What settle() does when there is something to do.
  [[gnu::cold]] void settle_slowly();
  [[noreturn, gnu::cold]] void throw_unbindable(std::string_view sql) const;
  /// After an error inside a ctql transaction: whether the server ended the transaction (a deadlock
  /// rolls it all back, so does a lock wait timeout with innodb_rollback_on_timeout). An error
  /// packet carries no status, so a `DO 0` fetches it: one round trip, on errors only.
  [[gnu::cold]] bool transaction_ended();
  [[noreturn, gnu::cold]] void throw_transaction_ended() const;
  void close_pending() noexcept;

  MYSQL* db_;
  bool lost_ = false;
  bool transaction_open_ = false;  // a ctql transaction is open
  bool rolled_back_ = false;       // and an error showed the server rolled it back
  bool ended_by_hand_ = false;     // or a statement of SQL run by hand ended it
  stream* streaming_ = nullptr;
  std::vector<MYSQL_STMT*> to_close_;
  param_binds params_;
};

}  // namespace ctql::mysql_detail
