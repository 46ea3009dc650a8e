#pragma once
// The libpq connection and the rules every use of it follows: one command in flight at a time
// (an open result reads its remaining rows into memory before the next command is sent),
// failures raised as ctql::error with the server's message and SQLSTATE, and a lost connection
// reported once as such and refused from then on, without touching the socket again. With a
// read_timeout, every wait for the server is bounded: past it the connection is closed and lost.
#include <libpq-fe.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "ctql/core/run/exec_result.hpp"

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

/// Why the server refused to run a prepared statement as prepared; it runs again once prepared anew.
enum class plan_refusal {
  none,
  plan_changed,   // "cached plan must not change result type" after ALTER TABLE ... TYPE (0A000)
  statement_gone  // "prepared statement does not exist": DISCARD ALL or DEALLOCATE run by hand (26000)
};
inline plan_refusal plan_refused(const PGresult* r) noexcept {
  if (r == nullptr || PQresultStatus(r) != PGRES_FATAL_ERROR) return plan_refusal::none;
  const char* state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
  if (state == nullptr) return plan_refusal::none;
  if (std::string_view(state) == "0A000") return plan_refusal::plan_changed;  // feature_not_supported
  if (std::string_view(state) == "26000") return plan_refusal::statement_gone;  // invalid_sql_statement_name
  return plan_refusal::none;
}

/// Whoever sent a prepared query whose plan the server refused (see plan_refused).
class replanner {
 public:
  /// Drops the statement from the cache (every statement, if the server has none any more);
  /// outside a transaction (the failure aborted an open one) prepares it again, sends it again
  /// with the same arguments and returns true.
  virtual bool resend(plan_refusal why) = 0;

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
  ~channel();

  PGconn* handle() const noexcept { return conn_; }
  /// Whether the connection was lost (then every use raises ctql::error).
  bool lost() const noexcept { return lost_; }
  /// What first ended a transaction since forget_transaction_end() (the session calls it outside a
  /// ctql transaction): a ROLLBACK (or a COMMIT the server answered with ROLLBACK), or something else
  /// (COMMIT, PREPARE TRANSACTION, or SQL run by hand whose several statements ended it and so may
  /// have committed it). Command tags say it; after `ROLLBACK; BEGIN` the transaction is open again,
  /// but not the one that was.
  enum class ended_by : unsigned char { nothing, rollback, other };
  ended_by transaction_ended_by() const noexcept { return ended_; }
  void forget_transaction_end() noexcept { ended_ = ended_by::nothing; }

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
  void drain() noexcept;
  /// The outcome of the command just sent, as PQexec gives it: its last result, or its first
  /// failure. nullptr only if libpq is out of memory.
  PGresult* last_result() noexcept { return last_result(nullptr); }

  /// Raises the failure `res` reports (or, without one, the connection's); frees `res`. A
  /// failure that leaves the connection broken is reported as a lost connection.
  [[noreturn, gnu::cold]] void fail(PGresult* res, std::string_view what, std::string_view sql);

  /// What a finished command reports; raises its failure. Frees `res`. `binary`: its values came
  /// in binary format (a statement ctql sent), so RETURNING's key can be read; text-format rows
  /// (execute()) are discarded.
  exec_result finish_command(PGresult* res, std::string_view what, std::string_view sql, bool binary = true);

  /// Runs SQL without parameters (several statements allowed), in text format; rows it returns
  /// are discarded.
  void execute(std::string_view sql);
  /// The same for SQL run by hand inside a ctql transaction: it runs between two readings of
  /// transaction_timestamp(), in the same round trip, so that a transaction it ended is seen even
  /// when it began another (`ROLLBACK AND CHAIN`, `ROLLBACK; BEGIN`), which its command tags and the
  /// transaction status cannot tell from a ROLLBACK TO SAVEPOINT. Needs a transaction that has not
  /// failed (a failed one refuses the readings).
  void execute_watched(std::string_view sql);

 private:
  /// Waits, at most read_timeout, until a result is ready; false once the server has been
  /// silent that long (the connection is then closed, lost and refused from then on).
  bool await_result() noexcept {
    if (read_timeout_ms_ == 0) [[likely]] return true;  // PQgetResult waits as long as it takes
    return await_result_within_timeout();
  }
  bool await_result_within_timeout() noexcept;
  [[noreturn, gnu::cold]] void throw_timed_out(std::string_view sql) const;
  [[noreturn, gnu::cold]] void throw_lost_before();
  static std::string trimmed(const char* text);
  void end_copy(ExecStatusType status) noexcept;
  /// The command tags of a command's results before its last one that can end or begin a transaction.
  struct earlier_tags {
    bool ended = false;         // COMMIT or PREPARE TRANSACTION
    bool rolled_back = false;   // ROLLBACK: of the transaction, or to a savepoint
    bool begun_after = false;   // BEGIN or START TRANSACTION after one of those
    void add(std::string_view tag) noexcept;
  };
  PGresult* last_result(earlier_tags* earlier) noexcept;
  /// Notes what ended a transaction (see transaction_ended_by), from the command's last result and the
  /// tags of those before it (a ROLLBACK AND CHAIN is not seen: it says ROLLBACK, as a ROLLBACK TO
  /// SAVEPOINT does, and leaves a transaction open; execute_watched sees it).
  void note_transaction_end(PGresult* last, const earlier_tags& earlier) noexcept;

  PGconn* conn_;
  int read_timeout_ms_;
  pending_rows* pending_ = nullptr;
  bool lost_ = false;
  bool timed_out_ = false;
  bool timeout_unreported_ = false;  // next_result has yet to give the failure
  bool copy_refused_ = false;
  ended_by ended_ = ended_by::nothing;
};

}  // namespace ctql::postgres_detail
