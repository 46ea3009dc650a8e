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
#include "ctql/core/run/call_ref.hpp"
#include "ctql/core/run/row_range.hpp"
#include "ctql/postgres/channel.hpp"
#include "ctql/postgres/row_stream.hpp"
#include "ctql/postgres/value_reading.hpp"

namespace ctql::postgres_detail {

/// A sent statement's rows as they are stepped to: the same for every row type.
class cursor {
 public:
  cursor(channel& ch, std::shared_ptr<const std::string> sql, int columns, bool text, replanner* again)
      : stream_(ch, std::move(sql), columns, text, again) {}
  cursor(const cursor&) = delete;
  cursor& operator=(const cursor&) = delete;

  row_stream& stream() noexcept { return stream_; }
  void start(bool whole) {
    if (started_) return;
    started_ = true;
    stream_.advance(whole);
  }
  void advance(bool whole) { stream_.advance(whole); }
  bool done() const noexcept { return stream_.done(); }
  std::size_t rows_at_hand() const { return stream_.rows_at_hand(); }
  /// The current row, of type Row, as T.
  template <class Row, class T>
  T read() const {
    return read_into<Row, T>(std::make_index_sequence<std::tuple_size_v<Row>>{});
  }

 private:
  template <class Row, class T, std::size_t... I>
  T read_into(std::index_sequence<I...>) const {
    return T{read_column<std::tuple_element_t<I, Row>>(stream_.at(static_cast<int>(I)), stream_.sql(),
                                                       static_cast<int>(I))...};
  }

  row_stream stream_;
  bool started_ = false;
};

/// Rows of type Row (a std::tuple). Not movable: the connection knows it as the result still
/// reading rows, until it has read them all.
template <class Row>
class result : public row_range<cursor, Row> {
 public:
  /// Sends the query with `send()`; the rows are read as they are asked for, or, with
  /// `execute_now`, the statement's outcome is awaited here (its rows are kept in memory).
  /// `again` sends a prepared query again if the server refuses its cached plan (see replanner).
  result(detail::session_keeper session, channel& ch, std::shared_ptr<const std::string> sql, bool text,
         bool execute_now, detail::call_ref<void()> send, replanner* again = nullptr)
      : row_range<cursor, Row>(std::move(session), ch, std::move(sql), static_cast<int>(std::tuple_size_v<Row>), text,
                               again) {
    send();
    this->cursor_.stream().start();
    if (execute_now) this->cursor_.start(true);
    this->adopt_watch();
  }
};

}  // namespace ctql::postgres_detail
