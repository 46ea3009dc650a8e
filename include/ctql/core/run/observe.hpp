#pragma once
// The one place every statement passes on its way to a connector's session: basic_connection
// (statements, text<>, execute, create_all), prepared_statement and the transactions' BEGIN,
// COMMIT and SAVEPOINT run through observe(). Without an observer that is one test of a null
// pointer; with one, the statement's SQL is made, timed and reported (a select's when its rows end,
// from row_range). Debug builds also check here that one thread at a time runs statements on the
// session (core/run/one_thread.hpp).
#include <exception>
#include <memory>
#include <string>
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
  struct held {
    statement_watch* w;
    ~held() { statement_watch::release(w); }
  } watch{statement_watch::start(session.observer(), std::string(sql()))};
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

/// Starts watching a select about to run; its result takes the watch (row_range::adopt_watch) once
/// it is set up, and reports it when its rows end. Out of line: the SQL is made only when observed.
[[gnu::noinline, gnu::cold]] inline void watch_select(shared_session& session, std::string sql) {
  session.pending_watch() = statement_watch::start(session.observer(), std::move(sql));
}

/// In a catch block: the select being started failed before its result took its watch, which
/// reports the failure (an observer that throws replaces the exception, as in run_observed).
[[gnu::noinline, gnu::cold]] inline void select_failed(shared_session& session) {
  statement_watch* w = std::exchange(session.pending_watch(), nullptr);
  if (w == nullptr) return;
  struct released {
    statement_watch* w;
    ~released() { statement_watch::release(w); }
  } guard{w};
  try {
    throw;
  } catch (const std::exception& e) {
    w->fail(e);
  } catch (...) {
    // Not a std::exception: reported when released, without an error to show.
  }
}

/// Runs `run()`, a select on `session`, reporting it to the session's observer if it has one
/// (`sql()` gives its text, and is called only then). The select runs at one place whether
/// observed or not, so its code is generated once per statement type (observe() has two: the
/// call it inlines and run_observed's), and without an observer this costs one pointer test (the
/// result takes the watch with the test row_range made before).
template <class Sql, class Run>
decltype(auto) observe_select(shared_session& session, const Sql& sql, Run&& run) {
  [[maybe_unused]] const one_thread_inside inside(session);  // debug builds: one thread at a time
  if (session.observer()) [[unlikely]]
    watch_select(session, sql());
  try {
    return run();
  } catch (...) {
    select_failed(session);
    throw;
  }
}

}  // namespace ctql::detail
