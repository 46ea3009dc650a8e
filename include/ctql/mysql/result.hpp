#pragma once
// The rows of a select: a single-pass range streamed from the server with mysql_stmt_fetch (no
// mysql_stmt_store_result: rows are not all held in memory). If another statement runs on the
// connection while rows remain, they are read into memory first (as the server sent them, read
// as values when the range reaches them), and the range goes on from there.
#include <mysql.h>

#include <array>
#include <cstddef>
#include <exception>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "ctql/core/run/row_range.hpp"
#include "ctql/mysql/link.hpp"
#include "ctql/mysql/statement_cache.hpp"
#include "ctql/mysql/value_binding.hpp"
#include "ctql/mysql/value_reading.hpp"

namespace ctql::mysql_detail {

// What a result does that does not depend on its row type, compiled once (compiled_part.hpp).

/// Executes a statement whose values are bound, starts streaming its rows and binds its columns
/// (`count` of them) to `binds` and `columns`. `from_text`: the columns are what a text<...>
/// statement names.
void open_result(link& l, const cache_operations::statement& st, stream* self, MYSQL_BIND* binds,
                 column_buffer* columns, std::size_t count, bool from_text);
/// Flushes rows still on the wire, if `self` streams: a failure cannot be reported (a destructor,
/// or a failure already kept), and a lost connection is marked and refuses its next use.
void close_stream(link& l, const cache_operations::statement& st, stream* self) noexcept;
/// After mysql_stmt_fetch gave `rc`, not 0: false at the end of the rows; true for a row with a
/// value longer than its buffer (then `regrow` when later rows need larger buffers); raises for
/// a failure.
bool fetch_ended(link& l, const cache_operations::statement& st, stream* self, int rc, MYSQL_BIND* binds,
                 column_buffer* columns, std::size_t count, bool& regrow);
/// Gives the columns that asked for it (column_buffer::wanted) a larger buffer.
void regrow(link& l, const cache_operations::statement& st, MYSQL_BIND* binds, column_buffer* columns,
            std::size_t count);
[[noreturn, gnu::cold]] void throw_read_past_end(std::string_view sql);

/// Fetches the next row into the buffers, first giving the columns that asked for it a larger
/// buffer (`regrow_next`, which a value longer than its buffer sets); false at the end of the rows.
/// What a cursor steps with, and what reading ahead reads with.
inline bool fetch_next(link& l, const cache_operations::statement& st, stream* self, MYSQL_BIND* binds,
                       column_buffer* columns, std::size_t count, bool& regrow_next) {
  if (regrow_next) [[unlikely]] {
    regrow_next = false;
    regrow(l, st, binds, columns, count);
  }
  const int rc = mysql_stmt_fetch(st.handle);
  if (rc == 0) [[likely]]
    return true;
  return fetch_ended(l, st, self, rc, binds, columns, count, regrow_next);
}

// Rows read ahead are kept compact, as their values' bytes (compiled_part.hpp: keep_value), and put
// back into the column buffers when the range reaches them, to be read as a fetched row is.
/// Puts the kept row at `at` back into the `count` column buffers.
void load_kept_row(column_buffer* columns, std::size_t count, const char* at);
/// Another statement needs the connection: keeps the rows still on the wire (and the current row
/// if `current_too`) in `kept`, each row's start in `starts`. A failure (a lost connection) goes
/// into `failure`, raised where the rows end. Ends the stream.
void read_ahead(link& l, const cache_operations::statement& st, stream* self, MYSQL_BIND* binds,
                column_buffer* columns, std::size_t count, bool current_too, bool& regrow_next, std::string& kept,
                std::vector<std::size_t>& starts, std::exception_ptr& failure) noexcept;

/// An executed statement's rows as they are stepped to, `Columns` values a row. It depends on the
/// column count only (its column buffers), not on the row type: every select of as many columns
/// shares its code. Not movable: the statement's result binds point into it.
template <std::size_t Columns>
class cursor final : public stream {
 public:
  /// Executes the statement; `bind(param_binds&)` binds its values first. `from_text`: the
  /// columns are what a text<...> statement names (a CALL tells its columns only once executed).
  /// `changes_rows` (INSERT/DELETE ... RETURNING): every row is fetched now, so that a failure on
  /// any of them is raised here and the connection is free at once.
  cursor(statement_cache& cache, statement_cache::lease lease, bind_values_ref bind, bool from_text, bool changes_rows)
      : cache_(&cache), lease_(lease) {
    link& l = *cache.operations().connection;
    try {
      param_binds& params = l.params();
      params.reset(mysql_stmt_param_count(lease_->handle));
      bind(params);
      open_result(l, lease_.owner->stmt, this, binds_.data(), columns_.data(), Columns, from_text);
      if (changes_rows) {
        buffer_rest();
        if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
      }
    } catch (...) {
      finish();
      throw;
    }
  }
  cursor(const cursor&) = delete;
  cursor& operator=(const cursor&) = delete;
  ~cursor() { finish(); }

  void start(bool) {
    if (!started_) step();
  }
  void advance(bool) { step(); }
  bool done() const noexcept { return done_; }
  std::size_t rows_at_hand() const noexcept { return 0; }
  /// The current row, of type Row (Columns values), as T.
  template <class Row, class T>
  T read() {
    static_assert(std::tuple_size_v<Row> == Columns);
    return read_into<Row, T>(current(), std::make_index_sequence<Columns>{});
  }

 private:
  link& connection() const { return *cache_->operations().connection; }

  /// Flushes rows still on the wire and gives the statement back.
  void finish() noexcept {
    close_stream(connection(), lease_.owner->stmt, this);
    cache_->release(lease_);
  }

  /// Fetches the next row from the server into the buffers; false at the end. A value longer
  /// than its buffer is fetched whole when read; later rows get a buffer that fits.
  bool fetch() {
    return fetch_next(connection(), lease_.owner->stmt, this, binds_.data(), columns_.data(), Columns, regrow_);
  }

  void step() {
    if (read_ahead_) [[unlikely]] {
      if (started_) ++position_;
      started_ = true;
      if (position_ < kept_starts_.size()) return load_kept();
      done_ = true;
      if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
      return;
    }
    started_ = true;
    if (!fetch()) done_ = true;
  }
  void load_kept() { load_kept_row(columns_.data(), Columns, kept_.data() + kept_starts_[position_]); }

  /// The buffers of the current row, fetched or put back from the rows read ahead.
  column_buffer* current() {
    if (!read_ahead_ || position_ < kept_starts_.size()) [[likely]]
      return columns_.data();
    if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
    throw_read_past_end(lease_->sql);
  }
  template <class Row, class T, std::size_t... I>
  T read_into(column_buffer* row, std::index_sequence<I...>) {
    const row_source src{lease_->handle, binds_.data(), lease_->sql};
    return T{read_value<std::tuple_element_t<I, Row>>(row[I], src, static_cast<unsigned>(I))...};
  }

  /// Another statement is about to run: the current row and the rest go into memory.
  void buffer_rest() noexcept override {
    const bool current_too = started_ && !done_;
    read_ahead(connection(), lease_.owner->stmt, this, binds_.data(), columns_.data(), Columns, current_too, regrow_,
               kept_, kept_starts_, failure_);
    read_ahead_ = true;
    position_ = 0;
    // The current row stays current, whole (a long value of it may not have been read yet).
    if (current_too && !kept_starts_.empty()) load_kept();
  }

  statement_cache* cache_;
  statement_cache::lease lease_;
  std::array<column_buffer, Columns> columns_;
  std::array<MYSQL_BIND, Columns> binds_{};
  bool started_ = false;
  bool done_ = false;
  bool regrow_ = false;
  // Rows read ahead because another statement needed the connection, where each starts, and
  // which is current.
  bool read_ahead_ = false;
  std::string kept_;
  std::vector<std::size_t> kept_starts_;
  std::size_t position_ = 0;
  std::exception_ptr failure_;
};

/// Rows of type Row (a std::tuple), read from an executed statement.
template <class Row>
class result final : public row_range<cursor<std::tuple_size_v<Row>>, Row> {
 public:
  /// Executes the statement (see cursor).
  result(detail::session_keeper session, statement_cache& cache, statement_cache::lease lease, bind_values_ref bind,
         bool from_text = false, bool changes_rows = false)
      : row_range<cursor<std::tuple_size_v<Row>>, Row>(std::move(session), cache, lease, bind, from_text, changes_rows) {
    this->adopt_watch();
  }
};

}  // namespace ctql::mysql_detail
