#pragma once
// `db.on_statement([](const ctql::statement_event& e) { ... })`: every statement a connection runs
// is reported once, when it is over: its SQL, how long it took, its rows and its error. What a
// connection does for an observer lives here; where statements pass is core/run/observe.hpp, and
// ctql::echo() (to std::clog) is <ctql/echo.hpp>, so that <iostream> is not in every program.
#include <cstdint>
#include <exception>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "ctql/core/meta/lean_std.hpp"

namespace ctql {

/// One statement, over: `e.sql`, `e.duration`, `e.rows`, `e.error`.
struct statement_event {
  /// The SQL as the connection's dialect renders it (placeholders, not values: no value is shown).
  std::string_view sql;
  /// From the start of the statement to its end: for a select, to its last row read (or to the
  /// result being dropped, when not every row is read).
  std::chrono::nanoseconds duration{};
  /// Rows changed (insert, update, delete), or rows read from a select (those the program read).
  std::uint64_t rows = 0;
  /// What the statement raised (a ctql::error for a database failure), or null. Valid during the call.
  const std::exception* error = nullptr;
};

/// What db.on_statement takes. It runs on the thread that runs the statement, and should not
/// throw: what it throws when a select's rows end (in a destructor) is dropped.
using statement_observer = std::function<void(const statement_event&)>;

namespace detail {

/// The statement being observed: reported once, with its error, or when its one owner lets it go
/// (a select's result, which reads its rows through it, or the code that ran any other statement).
/// A plain pointer, not a shared_ptr or unique_ptr: a result holds it, and an unobserved one then
/// carries no owning code (which would keep it from being inlined where statements run).
class statement_watch {
 public:
  /// A new watch; give it back with release().
  static statement_watch* start(std::shared_ptr<const statement_observer> observer, std::string sql) {
    return new statement_watch(std::move(observer), std::move(sql));
  }
  /// Reports the statement (if not yet reported) and frees the watch.
  [[gnu::noinline]] static void release(statement_watch* w) noexcept { delete w; }

  using clock = std::chrono::steady_clock;
  statement_watch(const statement_watch&) = delete;
  statement_watch& operator=(const statement_watch&) = delete;

 private:
  statement_watch(std::shared_ptr<const statement_observer> observer, std::string sql)
      : observer_(std::move(observer)), sql_(std::move(sql)), start_(clock::now()) {}
  ~statement_watch() {
    try {
      report(nullptr);
    } catch (...) {
      // An observer that throws here cannot be heard (a destructor); statement_observer says so.
    }
  }

 public:
  /// The watch this one was started inside (a statement run while another was being bound), to be
  /// pending again once this one is taken (shared_session::take_pending_watch).
  statement_watch* outer = nullptr;

  void set_rows(std::uint64_t rows) noexcept { rows_ = rows; }
  /// A select stepped: `on_row` whether it is now at a row, `first` for its first step.
  void stepped(bool on_row, bool first) noexcept {
    if (first && started_) return;  // start() again is no step
    started_ = true;
    if (on_row) ++rows_;
    else if (end_ == clock::time_point{}) end_ = clock::now();
  }
  /// Reports the statement now, as failed with `e` (the observer may throw: so does the statement).
  void fail(const std::exception& e) { report(&e); }
  /// Reports it now, as done.
  void finish() { report(nullptr); }

 private:
  void report(const std::exception* e) {
    if (reported_) return;
    reported_ = true;
    const auto end = end_ == clock::time_point{} ? clock::now() : end_;
    (*observer_)(statement_event{sql_, end - start_, rows_, e});
  }

  std::shared_ptr<const statement_observer> observer_;
  std::string sql_;
  clock::time_point start_;
  clock::time_point end_{};
  std::uint64_t rows_ = 0;
  bool started_ = false;
  bool reported_ = false;
};

/// Gives a watch back (statement_watch::release) when the scope ends, if it holds one:
/// `released_at_exit guard{w};`, or empty until a watch is taken (a select's result).
struct released_at_exit {
  statement_watch* w = nullptr;
  released_at_exit() = default;
  explicit released_at_exit(statement_watch* watch) noexcept : w(watch) {}
  released_at_exit(const released_at_exit&) = delete;
  released_at_exit& operator=(const released_at_exit&) = delete;
  ~released_at_exit() {
    if (w != nullptr) [[unlikely]]
      statement_watch::release(w);
  }
};

}  // namespace detail
}  // namespace ctql
