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
    if (current_ != nullptr && !done_ && ++row_ < rows_) return true;  // the next row of this result
    return next_row(whole);
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

  void detach() override;

 private:
  // Compiled once (compiled_part.hpp): what happens once a result, not once a row.
  /// advance() past the current result's rows: the next result, or the end.
  bool next_row(bool whole);
  static bool returns_rows(ExecStatusType status) noexcept;
  PGresult* next_result(bool whole);
  void stream_rows() noexcept;
  void check_shape(PGresult* r);
  void release_current() noexcept;
  void release_connection() noexcept;
  /// Reads and discards the rest of the command (a failed or abandoned query).
  void finish_connection() noexcept;
  void close() noexcept;

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
