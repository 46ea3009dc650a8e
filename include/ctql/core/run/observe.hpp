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

/// Runs `run()` and reports it to the session's observer (set): `sql()` gives its text.
template <class Sql, class Run>
[[gnu::noinline]] decltype(auto) run_observed(shared_session& session, const Sql& sql, Run&& run) {
  using result = decltype(run());
  struct held {
    statement_watch* w;
    shared_session& session;
    ~held() {
      session.pending_watch() = nullptr;
      statement_watch::release(w);
    }
  } watch{statement_watch::start(session.observer(), std::string(sql())), session};
  try {
    if constexpr (std::is_void_v<result>) {
      run();
      watch.w->finish();
    } else if constexpr (std::is_same_v<result, exec_result>) {
      exec_result r = run();
      watch.w->set_rows(r.rows_affected);
      watch.w->finish();
      return r;
    } else {
      // A result: its row_range holds the watch too, and reports it when its rows end.
      session.pending_watch() = watch.w;
      return run();
    }
  } catch (const std::exception& e) {
    watch.w->fail(e);
    throw;
  }
}

/// Runs `run()`, a statement on `session`, reporting it to the session's observer if it has one;
/// `sql()` gives its text, and is called only then.
template <class Sql, class Run>
decltype(auto) observe(shared_session& session, const Sql& sql, Run&& run) {
  [[maybe_unused]] const one_thread_inside inside(session);  // debug builds: one thread at a time
  if (!session.observer()) [[likely]]
    return run();
  return run_observed(session, sql, run);
}

}  // namespace ctql::detail
