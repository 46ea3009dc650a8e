#pragma once
// The rows of a select: a single-pass range streamed from the server with mysql_stmt_fetch (no
// mysql_stmt_store_result: rows are not all held in memory). If another statement runs on the
// connection while rows remain, they are read into memory first, and the range goes on from there.
#include <mysql.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <exception>
#include <iterator>
#include <optional>
#include <string>
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

/// Rows of type Row (a std::tuple). Not movable: the statement's result binds point into it.
template <class Row>
class result final : public row_range<result<Row>, Row>, stream {
  static constexpr std::size_t columns = std::tuple_size_v<Row>;

 public:
  /// Executes the statement; `bind(param_binds&)` binds its values first. `from_text`: Row is
  /// what a text<...> statement names (a CALL tells its columns only once executed).
  template <class Bind>
  result(detail::session_keeper session, statement_cache& cache, statement_cache::lease lease, Bind&& bind,
         bool from_text = false)
      : row_range<result, Row>(std::move(session)), cache_(&cache), lease_(lease) {
    link& l = *cache.operations().connection;
    try {
      param_binds& params = l.params();
      params.reset(mysql_stmt_param_count(lease_->handle));
      bind(params);
      l.execute(lease_->handle, lease_->sql, "the query failed");
      l.start_stream(this);
      if (mysql_stmt_field_count(lease_->handle) != columns)
        throw_column_count_mismatch(lease_->sql, mysql_stmt_field_count(lease_->handle), columns, from_text);
      MYSQL_RES* metadata = mysql_stmt_result_metadata(lease_->handle);
      if (metadata == nullptr) l.fail("the query failed", lease_->sql, lease_->handle);
      const MYSQL_FIELD* fields = mysql_fetch_fields(metadata);
      for (std::size_t i = 0; i < columns; ++i) bind_column(binds_[i], columns_[i], fields[i]);
      mysql_free_result(metadata);
      if (mysql_stmt_bind_result(lease_->handle, binds_.data()) != 0) l.fail("the query failed", lease_->sql, lease_->handle);
    } catch (...) {
      finish();
      throw;
    }
  }
  result(const result&) = delete;
  result& operator=(const result&) = delete;
  ~result() { finish(); }

  /// Whether every row has been read.
  bool done() const noexcept { return done_; }

 private:
  friend row_range<result, Row>;
  void start(bool) {
    if (!started_) step();
  }
  void advance(bool) { step(); }
  std::size_t rows_at_hand() const { return 0; }
  template <class T>
  T read_as() {
    if constexpr (std::is_same_v<T, Row>) {
      return read_row();
    } else if (buffered_) {
      return std::apply([](auto&&... v) { return T{std::move(v)...}; }, read_row());
    } else {
      return read_into<T>(std::make_index_sequence<columns>{});
    }
  }

  link& connection() const { return *cache_->operations().connection; }
  row_source source() { return {lease_->handle, binds_.data(), lease_->sql}; }

  /// Flushes rows still on the wire and gives the statement back.
  void finish() noexcept {
    link& l = connection();
    if (l.is_streaming(this)) {
      try {
        if (mysql_stmt_free_result(lease_->handle) != 0) l.fail("", lease_->sql, lease_->handle);
        l.discard_more_results(lease_->handle, lease_->sql);
      } catch (...) {
        // A destructor cannot report it; a lost connection is marked and refuses its next use.
      }
      l.end_stream(this);
    }
    cache_->release(lease_);
  }

  /// Fetches the next row from the server into the buffers; false at the end.
  bool fetch() {
    if (regrow_) [[unlikely]] regrow();
    const int rc = mysql_stmt_fetch(lease_->handle);
    if (rc == 0) [[likely]]
      return true;
    if (rc == MYSQL_NO_DATA) {
      connection().end_stream(this);
      if (mysql_stmt_more_results(lease_->handle)) [[unlikely]]
        connection().discard_more_results(lease_->handle, lease_->sql);
      return false;
    }
    if (rc == MYSQL_DATA_TRUNCATED) {
      note_truncation();
      return true;
    }
    connection().end_stream(this);  // the client library is ready for another command
    connection().fail("the query failed", lease_->sql, lease_->handle);
  }

  /// A value longer than its buffer is fetched whole when read; later rows get a buffer that
  /// fits. A fixed-size value cut short would be a loss: it raises.
  [[gnu::noinline]] void note_truncation() {
    for (std::size_t i = 0; i < columns; ++i) {
      column_buffer& c = columns_[i];
      if (c.is_null || !c.error) continue;
      if (binds_[i].buffer_type == MYSQL_TYPE_STRING || binds_[i].buffer_type == MYSQL_TYPE_BLOB) {
        const unsigned long wanted = std::min(std::bit_ceil(c.length), max_kept_buffer);
        if (wanted > binds_[i].buffer_length) {
          c.wanted = wanted;
          regrow_ = true;
        }
      } else {
        throw_conversion("the client library could not fetch the value exactly", lease_->sql, static_cast<unsigned>(i));
      }
    }
  }
  [[gnu::noinline]] void regrow() {
    for (std::size_t i = 0; i < columns; ++i) {
      column_buffer& c = columns_[i];
      if (c.wanted == 0) continue;
      c.bytes.resize(c.wanted);
      binds_[i].buffer = c.bytes.data();
      binds_[i].buffer_length = static_cast<unsigned long>(c.bytes.size());
      c.wanted = 0;
    }
    regrow_ = false;
    if (mysql_stmt_bind_result(lease_->handle, binds_.data()) != 0)
      connection().fail("the query failed", lease_->sql, lease_->handle);
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
      throw error("no row to read: the result has been read to its end", std::string(lease_->sql));
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
      try {
        if (l.is_streaming(this)) {
          if (mysql_stmt_free_result(lease_->handle) != 0) l.fail("", lease_->sql, lease_->handle);
          l.discard_more_results(lease_->handle, lease_->sql);
        }
      } catch (...) {
        // Marked lost if it was; the first failure is the one the rows report.
      }
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

}  // namespace ctql::mysql_detail
