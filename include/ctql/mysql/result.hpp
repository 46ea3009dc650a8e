#pragma once
// The rows of a select: a single-pass range streamed from the server with mysql_stmt_fetch (no
// mysql_stmt_store_result: rows are not all held in memory). If another statement runs on the
// connection while rows remain, they are read into memory first, and the range goes on from there.
#include <mysql.h>

#include <array>
#include <cstddef>
#include <exception>
#include <iterator>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "ctql/core/check.hpp"
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

/// An executed statement's rows of type Row (a std::tuple) as they are stepped to. Unlike
/// SQLite's and PostgreSQL's, it depends on the row type: its column buffers, and the rows it reads
/// ahead when another statement needs the connection. Not movable: the statement's result binds
/// point into it.
template <class Row>
class cursor final : public stream {
  static constexpr std::size_t columns = std::tuple_size_v<Row>;

 public:
  /// Executes the statement; `bind(param_binds&)` binds its values first. `from_text`: Row is
  /// what a text<...> statement names (a CALL tells its columns only once executed).
  /// `changes_rows` (INSERT/DELETE ... RETURNING): every row is read now, so that a failure on any
  /// of them is raised here and the connection is free at once.
  template <class Bind>
  cursor(statement_cache& cache, statement_cache::lease lease, Bind&& bind, bool from_text, bool changes_rows)
      : cache_(&cache), lease_(lease) {
    link& l = *cache.operations().connection;
    try {
      param_binds& params = l.params();
      params.reset(mysql_stmt_param_count(lease_->handle));
      bind(params);
      open_result(l, lease_.owner->stmt, this, binds_.data(), columns_.data(), columns, from_text);
      if (changes_rows) {
        buffer_rest();
        if (buffered_error_) std::rethrow_exception(std::exchange(buffered_error_, nullptr));
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
  /// The current row as T (Row is this cursor's row type).
  template <class SameRow, class T>
  T read() {
    static_assert(std::is_same_v<SameRow, Row>);
    if constexpr (std::is_same_v<T, Row>) {
      return read_row();
    } else if (buffered_) {
      return std::apply([](auto&&... v) { return T{std::move(v)...}; }, read_row());
    } else {
      return read_into<T>(std::make_index_sequence<columns>{});
    }
  }

 private:
  link& connection() const { return *cache_->operations().connection; }
  row_source source() { return {lease_->handle, binds_.data(), lease_->sql}; }

  /// Flushes rows still on the wire and gives the statement back.
  void finish() noexcept {
    close_stream(connection(), lease_.owner->stmt, this);
    cache_->release(lease_);
  }

  /// Fetches the next row from the server into the buffers; false at the end. A value longer
  /// than its buffer is fetched whole when read; later rows get a buffer that fits.
  bool fetch() {
    if (regrow_) [[unlikely]] {
      regrow_ = false;
      regrow(connection(), lease_.owner->stmt, binds_.data(), columns_.data(), columns);
    }
    const int rc = mysql_stmt_fetch(lease_->handle);
    if (rc == 0) [[likely]]
      return true;
    return fetch_ended(connection(), lease_.owner->stmt, this, rc, binds_.data(), columns_.data(), columns, regrow_);
  }

  void step() {
    if (buffered_) {
      if (started_) ++position_;
      started_ = true;
      if (position_ >= rows_.size()) {
        done_ = true;
        if (buffered_error_) std::rethrow_exception(std::exchange(buffered_error_, nullptr));
      }
      return;
    }
    started_ = true;
    if (!fetch()) done_ = true;
  }

  Row read_row() {
    if (buffered_) {
      if (position_ < rows_.size()) return rows_[position_];
      if (buffered_error_) std::rethrow_exception(std::exchange(buffered_error_, nullptr));
      throw_read_past_end(lease_->sql);
    }
    return read_into<Row>(std::make_index_sequence<columns>{});
  }
  template <class T, std::size_t... I>
  T read_into(std::index_sequence<I...>) {
    const row_source src = source();
    return T{read_value<std::tuple_element_t<I, Row>>(columns_[I], src, static_cast<unsigned>(I))...};
  }

  /// Another statement is about to run: the current row and the rest go into memory. A failure
  /// (a value that cannot be read, a lost connection) is kept and raised where it occurred.
  void buffer_rest() noexcept override {
    link& l = connection();
    try {
      if (started_ && !done_) rows_.push_back(read_into<Row>(std::make_index_sequence<columns>{}));
      while (fetch()) rows_.push_back(read_into<Row>(std::make_index_sequence<columns>{}));
    } catch (...) {
      buffered_error_ = std::current_exception();
      close_stream(l, lease_.owner->stmt, this);  // the first failure is the one the rows report
    }
    l.end_stream(this);
    buffered_ = true;
    position_ = 0;
  }

  statement_cache* cache_;
  statement_cache::lease lease_;
  std::array<column_buffer, columns> columns_;
  std::array<MYSQL_BIND, columns> binds_{};
  bool started_ = false;
  bool done_ = false;
  bool regrow_ = false;
  // Rows read ahead into memory because another statement needed the connection.
  bool buffered_ = false;
  std::size_t position_ = 0;
  std::vector<Row> rows_;
  std::exception_ptr buffered_error_;
};

/// Rows of type Row (a std::tuple), read from an executed statement.
template <class Row>
class result final : public row_range<cursor<Row>, Row> {
 public:
  /// Executes the statement (see cursor).
  template <class Bind>
  result(detail::session_keeper session, statement_cache& cache, statement_cache::lease lease, Bind&& bind,
         bool from_text = false, bool changes_rows = false)
      : row_range<cursor<Row>, Row>(std::move(session), cache, lease, std::forward<Bind>(bind), from_text,
                                    changes_rows) {
    this->adopt_watch();
  }
};

}  // namespace ctql::mysql_detail
