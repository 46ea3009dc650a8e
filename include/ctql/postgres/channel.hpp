#pragma once
// The libpq connection and the rules every use of it follows: one command in flight at a time
// (an open result reads its remaining rows into memory before the next command is sent),
// failures raised as ctql::error with the server's message and SQLSTATE, and a lost connection
// reported once as such and refused from then on, without touching the socket again. With a
// read_timeout, every wait for the server is bounded: past it the connection is closed and lost.
#include <libpq-fe.h>
#include <sys/socket.h>

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "ctql/core/error.hpp"
#include "ctql/core/run/exec_result.hpp"
#include "ctql/postgres/socket_wait.hpp"
#include "ctql/postgres/value_reading.hpp"

namespace ctql::postgres_detail {

/// A SQLSTATE as one int, packed as PostgreSQL packs it (six bits per character); 0 for none.
inline int sqlstate_code(std::string_view state) noexcept {
  if (state.size() != 5) return 0;
  int code = 0;
  for (int i = 0; i < 5; ++i) code |= ((state[static_cast<std::size_t>(i)] - '0') & 0x3F) << (6 * i);
  return code;
}

/// A result still reading its rows from the connection.
class pending_rows {
 public:
  /// Reads the rest of the rows into memory: another command needs the connection.
  virtual void detach() = 0;

 protected:
  ~pending_rows() = default;
};

/// Whether the server refused a prepared statement's cached plan ("cached plan must not change
/// result type" after ALTER TABLE ... TYPE): it runs again once prepared anew.
inline bool plan_refused(const PGresult* r) noexcept {
  if (r == nullptr || PQresultStatus(r) != PGRES_FATAL_ERROR) return false;
  const char* state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
  return state != nullptr && std::string_view(state) == "0A000";  // feature_not_supported
}

/// Whoever sent a prepared query whose plan the server refused (see plan_refused).
class replanner {
 public:
  /// Drops the statement from the cache; outside a transaction (the failure aborted an open
  /// one) prepares it again, sends it again with the same arguments and returns true.
  virtual bool resend() = 0;

 protected:
  ~replanner() = default;
};

struct result_deleter {
  void operator()(PGresult* r) const noexcept { PQclear(r); }
};
using result_ptr = std::unique_ptr<PGresult, result_deleter>;

class channel {
 public:
  /// Takes ownership of an open connection; `read_timeout_ms` bounds each wait for the server
  /// (0: no bound).
  explicit channel(PGconn* conn, int read_timeout_ms = 0) noexcept : conn_(conn), read_timeout_ms_(read_timeout_ms) {}
  channel(const channel&) = delete;
  channel& operator=(const channel&) = delete;
  ~channel() { PQfinish(conn_); }

  PGconn* handle() const noexcept { return conn_; }
  /// Whether the connection was lost (then every use raises ctql::error).
  bool lost() const noexcept { return lost_; }

  /// Call before sending a command: refuses a lost connection, frees the connection of an open result.
  void begin_command() {
    if (lost_ || PQstatus(conn_) == CONNECTION_BAD) throw_lost_before();
    if (pending_ != nullptr) {
      pending_->detach();
      if (lost_) throw_lost_before();  // its rows did not all arrive
    }
    copy_refused_ = false;
  }
  /// The open result that reads from the connection (at most one).
  void set_pending(pending_rows* rows) noexcept { pending_ = rows; }
  void clear_pending(const pending_rows* rows) noexcept {
    if (pending_ == rows) pending_ = nullptr;
  }

  /// The next result of the command in flight, nullptr once it is complete. A COPY the SQL
  /// started is ended at once (ctql does not carry COPY data) and reported as a failure, unless
  /// `copy` (ctql's own COPY). A server silent past read_timeout gives a failure (see fail()).
  PGresult* next_result(bool copy = false) noexcept {
    if (!await_result()) return std::exchange(timeout_unreported_, false) ? PQmakeEmptyPGresult(conn_, PGRES_FATAL_ERROR) : nullptr;
    PGresult* r = PQgetResult(conn_);
    if (r == nullptr) return nullptr;
    const ExecStatusType status = PQresultStatus(r);
    if (copy || (status != PGRES_COPY_IN && status != PGRES_COPY_OUT && status != PGRES_COPY_BOTH)) return r;
    PQclear(r);
    end_copy(status);
    copy_refused_ = true;
    return PQmakeEmptyPGresult(conn_, PGRES_FATAL_ERROR);
  }
  /// Reads and discards what is left of the command in flight.
  void drain() noexcept {
    while (PGresult* r = next_result()) PQclear(r);
  }
  /// The outcome of the command just sent, as PQexec gives it: its last result, or its first
  /// failure. nullptr only if libpq is out of memory.
  PGresult* last_result() noexcept {
    PGresult* last = nullptr;
    while (PGresult* r = next_result()) {
      if (last != nullptr && PQresultStatus(last) == PGRES_FATAL_ERROR) {
        PQclear(r);
        continue;
      }
      PQclear(last);
      last = r;
    }
    return last;
  }

  /// Raises the failure `res` reports (or, without one, the connection's); frees `res`. A
  /// failure that leaves the connection broken is reported as a lost connection.
  [[noreturn, gnu::noinline, gnu::cold]] void fail(PGresult* res, std::string_view what, std::string_view sql) {
    const result_ptr owned(res);
    if (timed_out_) throw_timed_out(sql);
    std::string message;
    std::string state;
    if (res != nullptr) {
      if (const char* primary = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY)) {
        message = primary;
        if (const char* detail = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL)) message += std::string(" (") + detail + ")";
        if (const char* hint = PQresultErrorField(res, PG_DIAG_MESSAGE_HINT)) message += std::string(" HINT: ") + hint;
        // Which row of a COPY (a bulk insert) failed.
        if (const char* context = PQresultErrorField(res, PG_DIAG_CONTEXT); context != nullptr && std::string_view(context).starts_with("COPY "))
          message += std::string(" at ") + context;
      } else {
        message = trimmed(PQresultErrorMessage(res));
      }
      if (const char* s = PQresultErrorField(res, PG_DIAG_SQLSTATE)) state = s;
    }
    if (message.empty()) message = trimmed(PQerrorMessage(conn_));
    if (std::exchange(copy_refused_, false) && PQstatus(conn_) != CONNECTION_BAD) {
      throw error("COPY FROM STDIN and COPY TO STDOUT do not run as ctql statements; use native_handle() and "
                  "libpq's COPY functions",
                  std::string(sql));
    }
    if (PQstatus(conn_) == CONNECTION_BAD) {
      lost_ = true;
      if (state.empty()) state = "08006";  // connection_failure
      throw error("the connection was lost; connect again", std::string(sql), message, sqlstate_code(state), state);
    }
    throw error(std::string(what), std::string(sql), message, sqlstate_code(state), state);
  }

  /// What a finished command reports; raises its failure. Frees `res`. `binary`: its values came
  /// in binary format (a statement ctql sent), so RETURNING's key can be read; text-format rows
  /// (execute()) are discarded.
  exec_result finish_command(PGresult* res, std::string_view what, std::string_view sql, bool binary = true) {
    if (res == nullptr) fail(nullptr, what, sql);
    const ExecStatusType status = PQresultStatus(res);
    if (status == PGRES_COPY_IN || status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH) {
      PQclear(res);
      end_copy(status);
      drain();
      copy_refused_ = true;
      fail(nullptr, what, sql);
    }
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY) fail(res, what, sql);
    const result_ptr owned(res);
    exec_result out;
    const std::string_view tuples = PQcmdTuples(res);
    std::from_chars(tuples.data(), tuples.data() + tuples.size(), out.rows_affected);
    // RETURNING "<key>" (or the user's own RETURNING): the last row's first column, if an integer.
    const int rows = PQntuples(res);
    if (binary && status == PGRES_TUPLES_OK && rows > 0 && PQnfields(res) > 0 && !PQgetisnull(res, rows - 1, 0)) {
      const Oid type = PQftype(res, 0);
      if (type == oid::int2 || type == oid::int4 || type == oid::int8 || type == oid::numeric)
        out.last_insert_id = read_column<std::int64_t>(field_of(res, rows - 1, 0, type), sql, 0);
    }
    return out;
  }

  /// Runs SQL without parameters (several statements allowed), in text format; rows it returns
  /// are discarded.
  void execute(std::string_view sql) {
    begin_command();
    const std::string text(sql);
    if (PQsendQuery(conn_, text.c_str()) == 0) fail(nullptr, "cannot send the statement", sql);
    PGresult* res = last_result();
    if (sql == "COMMIT") [[unlikely]] {
      // COMMIT of a transaction in which a statement failed rolls it back, and says only "ROLLBACK".
      if (res != nullptr && PQresultStatus(res) == PGRES_COMMAND_OK && std::string_view(PQcmdStatus(res)) == "ROLLBACK") {
        PQclear(res);
        throw error("the transaction was rolled back, not committed: a statement in it failed", text, {},
                    sqlstate_code("25P02"), "25P02");
      }
      // A COMMIT that fails (a deferred constraint) ends the transaction all the same.
      if (res != nullptr && PQresultStatus(res) == PGRES_FATAL_ERROR && PQtransactionStatus(conn_) == PQTRANS_IDLE)
        fail(res, "the transaction was rolled back, not committed: COMMIT failed", sql);
    }
    finish_command(res, "the statement failed", sql, false);
  }

 private:
  /// Waits, at most read_timeout, until a result is ready; false once the server has been
  /// silent that long (the connection is then closed, lost and refused from then on).
  bool await_result() noexcept {
    if (read_timeout_ms_ == 0) [[likely]] return true;  // PQgetResult waits as long as it takes
    if (timed_out_) return false;
    while (PQisBusy(conn_) != 0) {
      if (!wait_socket(PQsocket(conn_), false, read_timeout_ms_)) {
        // No cancel request: it would be a new connection to a server that may not answer either.
        ::shutdown(PQsocket(conn_), SHUT_RDWR);
        timed_out_ = lost_ = timeout_unreported_ = true;
        return false;
      }
      if (PQconsumeInput(conn_) == 0) return true;  // PQgetResult reports the failure
    }
    return true;
  }
  [[noreturn, gnu::noinline, gnu::cold]] void throw_timed_out(std::string_view sql) const {
    const std::string limit = read_timeout_ms_ % 1000 == 0 ? std::to_string(read_timeout_ms_ / 1000) + " s"
                                                            : std::to_string(read_timeout_ms_) + " ms";
    throw error("the server did not answer within read_timeout (" + limit + "); the connection is closed: connect again",
                std::string(sql), {}, sqlstate_code("08006"), "08006");
  }
  [[noreturn, gnu::noinline, gnu::cold]] void throw_lost_before() {
    if (timed_out_) throw_timed_out({});
    lost_ = true;
    throw error("the connection was lost; connect again", {}, trimmed(PQerrorMessage(conn_)), sqlstate_code("08006"),
                "08006");
  }
  static std::string trimmed(const char* text) {
    std::string s = text != nullptr ? text : "";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
  }
  void end_copy(ExecStatusType status) noexcept {
    if (status == PGRES_COPY_OUT) {
      char* buffer = nullptr;
      while (PQgetCopyData(conn_, &buffer, 0) > 0) PQfreemem(buffer);
    } else {
      PQputCopyEnd(conn_, "ctql does not send COPY data");
    }
  }

  PGconn* conn_;
  int read_timeout_ms_;
  pending_rows* pending_ = nullptr;
  bool lost_ = false;
  bool timed_out_ = false;
  bool timeout_unreported_ = false;  // next_result has yet to give the failure
  bool copy_refused_ = false;
};

}  // namespace ctql::postgres_detail
