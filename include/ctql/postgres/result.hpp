#pragma once
// The rows of a select: a single-pass range of std::tuple rows streamed from the server.
#include <cstddef>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "ctql/core/check.hpp"
#include "ctql/postgres/channel.hpp"
#include "ctql/postgres/row_stream.hpp"
#include "ctql/postgres/value_io.hpp"

namespace ctql::postgres_detail {

template <class T, class Row, std::size_t... I>
constexpr bool aggregate_takes_row(std::index_sequence<I...>) {
  return requires { T{std::declval<std::tuple_element_t<I, Row>>()...}; };
}

/// Rows of type Row (a std::tuple). Not movable: the connection knows it as the result still
/// reading rows, until it has read them all.
template <class Row>
class result {
 public:
  /// Sends the query with `send()`; the rows are read as they are asked for, or, with
  /// `execute_now`, the statement's outcome is awaited here (its rows are kept in memory).
  template <class Send>
  result(channel& ch, std::shared_ptr<const std::string> sql, bool text, bool execute_now, Send&& send)
      : stream_(ch, std::move(sql), static_cast<int>(std::tuple_size_v<Row>), text) {
    send();
    stream_.start();
    if (execute_now) start(true);
  }
  result(const result&) = delete;
  result& operator=(const result&) = delete;

  using row_type = Row;

  class iterator {
   public:
    using value_type = Row;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    explicit iterator(result* r) : r_(r) {}
    Row operator*() const { return r_->read_row(); }
    iterator& operator++() {
      r_->stream_.advance(false);
      return *this;
    }
    void operator++(int) { ++*this; }
    friend bool operator==(const iterator& it, std::default_sentinel_t) { return it.r_ == nullptr || it.r_->done(); }

   private:
    result* r_ = nullptr;
  };

  /// Steps to the first row; a result is read once.
  iterator begin() {
    start(false);
    return iterator{this};
  }
  std::default_sentinel_t end() const { return {}; }
  /// Whether every row has been read.
  bool done() const noexcept { return stream_.done(); }

  /// The first row, if any.
  std::optional<Row> first() {
    start(false);
    if (done()) return std::nullopt;
    return read_row();
  }
  /// Every (remaining) row.
  std::vector<Row> all() {
    std::vector<Row> rows;
    start(true);
    rows.reserve(stream_.rows_at_hand());
    for (; !done(); stream_.advance(true)) rows.push_back(read_row());
    return rows;
  }
  /// Every row as a T, an aggregate with one member per column: `db(q).as<User>()`.
  template <class T>
  std::vector<T> as() {
    constexpr auto indices = std::make_index_sequence<std::tuple_size_v<Row>>{};
    if constexpr (!aggregate_takes_row<T, Row>(indices)) {
      as_needs_matching_aggregate<T, Row>();
      return {};
    } else {
      std::vector<T> out;
      start(true);
      out.reserve(stream_.rows_at_hand());
      for (; !done(); stream_.advance(true)) out.push_back(read_into<T>(indices));
      return out;
    }
  }

 private:
  void start(bool whole) {
    if (started_) return;
    started_ = true;
    stream_.advance(whole);
  }
  template <class T, std::size_t... I>
  T read_into(std::index_sequence<I...>) const {
    return T{read_column<std::tuple_element_t<I, Row>>(stream_.at(static_cast<int>(I)), stream_.sql(),
                                                       static_cast<int>(I))...};
  }
  Row read_row() const { return read_into<Row>(std::make_index_sequence<std::tuple_size_v<Row>>{}); }

  row_stream stream_;
  bool started_ = false;
};

}  // namespace ctql::postgres_detail
