#pragma once
// What every connector's select result offers: a single-pass range of rows with first(), all()
// and as<T>(). The connector's result (Derived) supplies how rows arrive:
//   start(whole)    begin reading if not begun (whole: every row will be read or dropped, so fetch
//                   them at once if that costs less)
//   advance(whole)  move to the next row
//   done()          whether every row has been read
//   rows_at_hand()  how many rows are known to come (0 if unknown), to reserve space
//   read_as<T>()    the current row as T (a std::tuple row, or an aggregate for as<T>())
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

template <class Derived, class Row>
class row_range {
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
    step(true, false);
    return iterator{this};
  }
  std::default_sentinel_t end() const { return {}; }

  /// The first row, if any. The rest of the rows arrive anyway (and are dropped), so the result is
  /// read as one where that costs less (PostgreSQL); a query that may return many rows wants limit(1).
  std::optional<Row> first() {
    step(true, true);
    if (finished()) return std::nullopt;
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
  /// `session`: the connection's session, kept alive until the result is destroyed (the base is
  /// destroyed after the connector's result, which still uses the session as it goes).
  explicit row_range(detail::session_keeper session) noexcept : session_(std::move(session)) {}
  /// Takes an observed statement's watch (core/run/observe.hpp), to report when the rows end. The
  /// connector's result calls it last in its constructor: a failure before then is reported by the
  /// code that started the statement, which still holds the watch.
  void adopt_watch() noexcept {
    if (session_->pending_watch() != nullptr) [[unlikely]]
      watch_ = session_->take_pending_watch();  // the result owns it now
  }
  ~row_range() {
    if (watch_ != nullptr) [[unlikely]]
      detail::statement_watch::release(watch_);
  }
  row_range(const row_range&) = delete;
  row_range& operator=(const row_range&) = delete;

 private:
  /// Converts to the current row, so that std::optional builds it in place rather than moving a
  /// finished row (and each of its strings) into itself.
  struct current_row {
    row_range* range;
    operator Row() const { return range->template current<Row>(); }
  };

  Derived& self() { return static_cast<Derived&>(*this); }
  /// start(whole) (first) or advance(whole), and what an observer is told of it: the rows read,
  /// the time to the last, the error.
  void step(bool first, bool whole) {
    if (watch_ != nullptr) [[unlikely]]
      return watched_step(first, whole);
    if (first) self().start(whole);
    else self().advance(whole);
  }
  [[gnu::noinline]] void watched_step(bool first, bool whole) {
    try {
      if (first) self().start(whole);
      else self().advance(whole);
    } catch (const std::exception& e) {
      watch_->fail(e);
      throw;
    }
    watch_->stepped(!finished(), first);
  }
  bool finished() { return self().done(); }
  template <class T>
  T current() {
    return self().template read_as<T>();
  }
  template <class T>
  std::vector<T> collect() {
    std::vector<T> out;
    step(true, true);
    out.reserve(self().rows_at_hand());
    for (; !finished(); step(false, true)) out.push_back(current<T>());
    return out;
  }

  detail::session_keeper session_;
  detail::statement_watch* watch_ = nullptr;  // held while observed (core/run/observe.hpp)
};

}  // namespace ctql
