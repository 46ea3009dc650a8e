#pragma once
// What every connector's select result offers: a single-pass range of rows with first(), all()
// and as<T>(). The connector supplies a cursor (Cursor) over a statement's rows:
//   start(whole)    begin reading if not begun (whole: every row will be read or dropped, so fetch
//                   them at once if that costs less)
//   advance(whole)  move to the next row
//   done()          whether every row has been read
//   rows_at_hand()  how many rows are known to come (0 if unknown), to reserve space
//   read<Row, T>()  the current row (of type Row, a std::tuple) as T (Row, or an aggregate for as<T>())
// Stepping (row_stepping) does not depend on the row type, so a program compiles it once per
// connector rather than once per select (scripts/bench-compile, docs/benchmarks.md).
#include <cstddef>
#include <exception>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "ctql/core/check.hpp"
#include "ctql/core/error.hpp"
#include "ctql/core/run/kept_session.hpp"
#include "ctql/core/run/statement_event.hpp"

namespace ctql {

/// A query gives `returned` columns where its row type, or text<...>, names `expected`: the
/// statement does not say what the program thinks it says, so no row is read.
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_column_count_mismatch(std::string_view sql, std::size_t returned,
                                                                                std::size_t expected, bool from_text) {
  throw error("the statement returns " + std::to_string(returned) + " columns but " +
                  (from_text ? "text<...> names " : "its row type has ") + std::to_string(expected),
              std::string(sql));
}

template <class T, class Row, std::size_t... I>
constexpr bool aggregate_takes_row(std::index_sequence<I...>) {
  return requires { T{std::declval<std::tuple_element_t<I, Row>>()...}; };
}

/// Stepping through a statement's rows and telling an observer of it: everything a result does
/// that does not depend on its row type. The cursor is built in place (results do not move).
template <class Cursor>
class row_stepping {
 protected:
  /// `session`: the connection's session, kept alive until the result is destroyed (after the
  /// cursor, which still uses the session as it goes).
  template <class... CursorArgs>
  explicit row_stepping(detail::session_keeper session, CursorArgs&&... args)
      : session_(std::move(session)), cursor_(std::forward<CursorArgs>(args)...) {}
  row_stepping(const row_stepping&) = delete;
  row_stepping& operator=(const row_stepping&) = delete;
  ~row_stepping() = default;

  /// Takes an observed statement's watch (core/run/observe.hpp), to report when the rows end. The
  /// connector's result calls it last in its constructor: a failure before then is reported by the
  /// code that started the statement, which still holds the watch.
  void adopt_watch() noexcept {
    if (session_->pending_watch() != nullptr) [[unlikely]]
      watch_.w = session_->take_pending_watch();  // the result owns it now
  }
  /// start(whole) (first) or advance(whole), and what an observer is told of it: the rows read,
  /// the time to the last, the error.
  void step(bool first, bool whole) {
    if (watch_.w != nullptr) [[unlikely]]
      return watched_step(first, whole);
    if (first) cursor_.start(whole);
    else cursor_.advance(whole);
  }
  bool finished() const { return cursor_.done(); }

 private:
  [[gnu::noinline]] void watched_step(bool first, bool whole) {
    try {
      if (first) cursor_.start(whole);
      else cursor_.advance(whole);
    } catch (const std::exception& e) {
      watch_.w->fail(e);
      throw;
    }
    watch_.w->stepped(!finished(), first);
  }

  // Destroyed in reverse: the cursor first, then the watch is reported (given back: the
  // statement's report), then the session let go.
  detail::session_keeper session_;
  detail::released_at_exit watch_;

 protected:
  Cursor cursor_;
};

/// The rows of a select, each a Row (a std::tuple), read through the connector's Cursor.
template <class Cursor, class Row>
class row_range : public row_stepping<Cursor> {
 public:
  using row_type = Row;

  class iterator {
   public:
    using value_type = Row;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    explicit iterator(row_range* r) : r_(r) {}
    Row operator*() const { return r_->current<Row>(); }
    iterator& operator++() {
      r_->step(false, false);
      return *this;
    }
    void operator++(int) { ++*this; }
    friend bool operator==(const iterator& it, std::default_sentinel_t) { return it.at_end(); }

   private:
    bool at_end() const { return r_ == nullptr || r_->finished(); }
    row_range* r_ = nullptr;
  };

  /// Steps to the first row; a result is read once.
  iterator begin() {
    this->step(true, false);
    return iterator{this};
  }
  std::default_sentinel_t end() const { return {}; }

  /// The first row, if any. The rest of the rows arrive anyway (and are dropped), so the result is
  /// read as one where that costs less (PostgreSQL); a query that may return many rows wants limit(1).
  std::optional<Row> first() {
    this->step(true, true);
    if (this->finished()) return std::nullopt;
    return std::optional<Row>(std::in_place, current_row{this});
  }
  /// Every (remaining) row.
  std::vector<Row> all() { return collect<Row>(); }
  /// Every row as a T, an aggregate with one member per column: `db(q).as<User>()`.
  template <class T>
  std::vector<T> as() {
    if constexpr (!aggregate_takes_row<T, Row>(std::make_index_sequence<std::tuple_size_v<Row>>{})) {
      as_needs_matching_aggregate<T, Row>();
      return {};
    } else {
      return collect<T>();
    }
  }

 protected:
  using row_stepping<Cursor>::row_stepping;

 private:
  /// Converts to the current row, so that std::optional builds it in place rather than moving a
  /// finished row (and each of its strings) into itself.
  struct current_row {
    row_range* range;
    operator Row() const { return range->template current<Row>(); }
  };

  template <class T>
  T current() {
    return this->cursor_.template read<Row, T>();
  }
  template <class T>
  std::vector<T> collect() {
    std::vector<T> out;
    this->step(true, true);
    out.reserve(this->cursor_.rows_at_hand());
    for (; !this->finished(); this->step(false, true)) out.push_back(current<T>());
    return out;
  }
};

}  // namespace ctql
