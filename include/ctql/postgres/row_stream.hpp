#pragma once
// The rows of a query as libpq delivers them: streamed in single-row mode (chunked mode where
// libpq has it), or as one result when the caller wants them all at once (all(), as<T>()).
// If another command needs the connection before the rows are read, they move into memory
// (compactly, see row_buffer.hpp).
#include <libpq-fe.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ctql/core/error.hpp"
#include "ctql/core/run/row_range.hpp"
#include "ctql/postgres/channel.hpp"
#include "ctql/postgres/row_buffer.hpp"
#include "ctql/postgres/value_reading.hpp"

namespace ctql::postgres_detail {

class row_stream final : public pending_rows {
 public:
  /// `columns`: how many the row type has; `text`: the SQL is the user's (text<...>).
  /// `again`: sends a prepared query again if the server refuses its plan (nullptr: not prepared).
  row_stream(channel& ch, std::shared_ptr<const std::string> sql, int columns, bool text,
             replanner* again = nullptr) noexcept
      : channel_(&ch), sql_(std::move(sql)), columns_(columns), text_(text), replanner_(again) {}
  row_stream(const row_stream&) = delete;
  row_stream& operator=(const row_stream&) = delete;
  ~row_stream() { close(); }

  /// Call once the query is sent: the rows now come from the connection.
  void start() noexcept {
    on_connection_ = true;
    channel_->set_pending(this);
  }

  /// Moves to the next row; false at the end. The first call decides how rows arrive: `whole`
  /// reads them as one result (fewer allocations), otherwise one at a time.
  bool advance(bool whole) {
    if (done_) return false;
    if (current_ != nullptr && ++row_ < rows_) return true;
    release_current();
    reading_buffer_ = next_buffered_ < buffered_.rows();
    if (reading_buffer_) {
      buffered_row_ = next_buffered_++;
      return true;
    }
    for (;;) {
      PGresult* r = next_result(whole);
      if (r == nullptr) {
        done_ = true;
        return false;
      }
      const ExecStatusType status = PQresultStatus(r);
      if (returns_rows(status) || status == PGRES_COMMAND_OK) {
        if (!shape_checked_) check_shape(r);
        const int n = PQntuples(r);
        if (n > 0) {
          current_ = r;
          row_ = 0;
          rows_ = n;
          return true;
        }
        PQclear(r);
        continue;  // the end: the next result is nullptr
      }
      done_ = true;
      finish_connection();
      if (replanner_ != nullptr && queued_.empty() && !shape_checked_ && plan_refused(r)) [[unlikely]] {
        // Straight from the server, before any row: the arguments are still those sent; run once more.
        bool sent = false;
        try {
          sent = std::exchange(replanner_, nullptr)->resend();
        } catch (...) {
          PQclear(r);
          throw;
        }
        if (sent) {
          PQclear(r);
          done_ = false;
          mode_chosen_ = false;
          start();
          continue;
        }
      }
      channel_->fail(r, "the query failed", *sql_);
    }
  }

  bool done() const noexcept { return done_; }
  /// Field `column` of the current row.
  field at(int column) const noexcept {
    if (reading_buffer_) return buffered_.at(buffered_row_, column);
    return field_of(current_, row_, column, column < known_types ? types_[column] : PQftype(current_, column));
  }
  /// Rows at hand without waiting for the server (all of them after advance(true)).
  std::size_t rows_at_hand() const noexcept {
    return static_cast<std::size_t>(rows_ - row_) + (buffered_.rows() - next_buffered_);
  }
  std::string_view sql() const noexcept { return *sql_; }

  void detach() override {
    if (!on_connection_) return;
    // Streaming one row per result: keep the rows compactly. Undecided: take one result.
    const bool one_row_each = mode_chosen_;
    mode_chosen_ = true;
    while (PGresult* r = channel_->next_result()) {
      if (one_row_each && queued_.empty() && PQresultStatus(r) != PGRES_TUPLES_OK && returns_rows(PQresultStatus(r))) {
        buffered_.append(r);
        PQclear(r);
      } else {
        queued_.push_back(r);
      }
    }
    release_connection();
  }

 private:
  static bool returns_rows(ExecStatusType status) noexcept {
#ifdef LIBPQ_HAS_CHUNK_MODE
    if (status == PGRES_TUPLES_CHUNK) return true;
#endif
    return status == PGRES_SINGLE_TUPLE || status == PGRES_TUPLES_OK;
  }

  PGresult* next_result(bool whole) {
    if (next_queued_ < queued_.size()) return queued_[next_queued_++];
    if (!on_connection_) return nullptr;
    if (!mode_chosen_) {
      mode_chosen_ = true;
      if (!whole) stream_rows();
    }
    PGresult* r = channel_->next_result();
    if (r == nullptr) release_connection();
    return r;
  }
  void stream_rows() noexcept {
#ifdef LIBPQ_HAS_CHUNK_MODE
    PQsetChunkedRowsMode(channel_->handle(), 256);
#else
    PQsetSingleRowMode(channel_->handle());
#endif
  }

  void check_shape(PGresult* r) {
    shape_checked_ = true;
    const int n = PQnfields(r);
    if (n == columns_) {
      // Every result of the query has these types: look them up once, not once a row.
      for (int c = 0; c < n && c < known_types; ++c) types_[c] = PQftype(r, c);
      return;
    }
    PQclear(r);
    done_ = true;
    finish_connection();
    throw_column_count_mismatch(*sql_, static_cast<std::size_t>(n), static_cast<std::size_t>(columns_), text_);
  }

  void release_current() noexcept {
    if (current_ != nullptr) PQclear(current_);
    current_ = nullptr;
    row_ = rows_ = 0;
  }
  void release_connection() noexcept {
    on_connection_ = false;
    channel_->clear_pending(this);
  }
  /// Reads and discards the rest of the command (a failed or abandoned query).
  void finish_connection() noexcept {
    if (!on_connection_) return;
    if (!mode_chosen_) {
      mode_chosen_ = true;
      stream_rows();  // bounded memory while discarding
    }
    channel_->drain();
    release_connection();
  }
  void close() noexcept {
    release_current();
    for (std::size_t i = next_queued_; i < queued_.size(); ++i) PQclear(queued_[i]);
    queued_.clear();
    next_queued_ = 0;
    finish_connection();
  }

  static constexpr int known_types = 16;  // columns past these look their type up each time

  channel* channel_;
  std::shared_ptr<const std::string> sql_;
  int columns_;
  Oid types_[known_types] = {};
  bool text_;
  replanner* replanner_;
  PGresult* current_ = nullptr;
  int row_ = 0;
  int rows_ = 0;
  row_buffer buffered_;  // rows moved off the connection, after current_'s
  std::size_t next_buffered_ = 0;
  std::size_t buffered_row_ = 0;
  bool reading_buffer_ = false;
  bool on_connection_ = false;
  bool mode_chosen_ = false;
  bool shape_checked_ = false;
  bool done_ = false;
  std::vector<PGresult*> queued_;  // results read off the connection early (a vector: a deque allocates when made)
  std::size_t next_queued_ = 0;
};

}  // namespace ctql::postgres_detail
