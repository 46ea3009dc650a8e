#pragma once
// How every statement is seen by a connection's statement observer. basic_connection's typed
// statements and prepared statements use the helpers below where they run the statement (no
// function per statement type); text<>, execute, create_all and the transactions' BEGIN, COMMIT
// and SAVEPOINT run through observe(). Without an observer that is one test of a null pointer;
// with one, the statement's SQL is made, timed and reported (a select's when its rows end, from
// row_range). Debug builds also check that one thread at a time runs statements on the session
// (core/run/one_thread.hpp).
#include <exception>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "ctql/core/run/exec_result.hpp"
#include "ctql/core/run/kept_session.hpp"
#include "ctql/core/run/one_thread.hpp"
#include "ctql/core/run/statement_event.hpp"

namespace ctql::detail {

/// Runs `run()`, a statement that gives no rows (void or an exec_result), and reports it to the
/// session's observer (set): `sql()` gives its text.
template <class Sql, class Run>
[[gnu::noinline]] decltype(auto) run_observed(shared_session& session, const Sql& sql, Run&& run) {
  const released_at_exit watch{statement_watch::start(session.observer(), std::string(sql()))};
  try {
    if constexpr (std::is_void_v<decltype(run())>) {
      run();
      watch.w->finish();
    } else {
      exec_result r = run();
      watch.w->set_rows(r.rows_affected);
      watch.w->finish();
      return r;
    }
  } catch (const std::exception& e) {
    watch.w->fail(e);
    throw;
  }
}

template <class Sql, class Run>
decltype(auto) observe_select(shared_session& session, const Sql& sql, Run&& run);

/// Runs `run()`, a statement on `session`, reporting it to the session's observer if it has one;
/// `sql()` gives its text, and is called only then. One that gives rows goes the select's way
/// (observe_select), whose result reports when its rows end.
template <class Sql, class Run>
decltype(auto) observe(shared_session& session, const Sql& sql, Run&& run) {
  using result = decltype(run());
  if constexpr (!std::is_void_v<result> && !std::is_same_v<result, exec_result>) {
    return observe_select(session, sql, run);
  } else {
    [[maybe_unused]] const one_thread_inside inside(session);  // debug builds: one thread at a time
    if (!session.observer()) [[likely]]
      return run();
    return run_observed(session, sql, run);
  }
}

/// Starts watching a statement about to run. A select's result takes the watch
/// (row_range::adopt_watch) once it is set up, and reports it when its rows end; a change's is
/// reported by change_done. Out of line: the SQL is made only when observed.
[[gnu::noinline, gnu::cold]] inline void watch_statement(shared_session& session, std::string_view sql) {
  session.push_pending_watch(statement_watch::start(session.observer(), std::string(sql)));
}

/// A change being watched is done: reports its rows. (Its watch is gone only if a select run while it
/// bound its values, after the program stopped observing, took it: a result takes the pending watch.)
[[gnu::noinline, gnu::cold]] inline void change_done(shared_session& session, const exec_result& r) {
  statement_watch* w = session.take_pending_watch();
  if (w == nullptr) return;
  const released_at_exit guard{w};
  w->set_rows(r.rows_affected);
  w->finish();
}

/// In a catch block: the statement being started failed before anything took its watch, which
/// reports the failure (an observer that throws replaces the exception, as in run_observed).
[[gnu::noinline, gnu::cold]] inline void statement_failed(shared_session& session) {
  statement_watch* w = session.take_pending_watch();
  if (w == nullptr) return;
  const released_at_exit guard{w};
  try {
    throw;
  } catch (const std::exception& e) {
    w->fail(e);
  } catch (...) {
    // Not a std::exception: reported when released, without an error to show.
  }
}

/// Runs `run()`, a statement that gives rows, on `session`, reporting it to the session's observer
/// if it has one (`sql()` gives its text, and is called only then). Without an observer this
/// costs one pointer test (the result takes the watch with the test row_range made before).
/// A typed statement does the same where it is run (basic_connection, prepared_statement), with
/// no function of its own for it: text<> and the rest come here.
template <class Sql, class Run>
decltype(auto) observe_select(shared_session& session, const Sql& sql, Run&& run) {
  [[maybe_unused]] const one_thread_inside inside(session);  // debug builds: one thread at a time
  const bool watched = session.observer() != nullptr;  // a watch pending later may be another statement's
  if (watched) [[unlikely]]
    watch_statement(session, sql());
  try {
    return run();
  } catch (...) {
    if (watched) [[unlikely]] statement_failed(session);
    throw;
  }
}

}  // namespace ctql::detail
