// Rule: a connector's Session runs text statements (run_text); one without it is named in a ctql:
// message at the line that runs a text statement.
// CTQL-EXPECT-ERROR: ctql: the connector Session has no run_text\(text_statement, args\.\.\.\) hook
// CTQL-FIX: (connector authors) add the `run_text(text_statement, args...)` hook to the connector's Session
// CTQL-FIX: (core/run/session.hpp lists the hooks).
#include <cstddef>
#include <memory>
#include <string_view>

#include <ctql/ctql.hpp>
#include <ctql/core/run/connection.hpp>

template <class Self>
struct toy_session_base : ctql::savepoint_transactions<Self>, ctql::detail::shared_session {
  void execute(std::string_view) {}
  bool in_transaction() const { return false; }
  bool transaction_outcome_unknown() const { return false; }
  std::size_t cached_statements() const { return 0; }
  template <class Q, class Args>
  ctql::exec_result run(Q&&, const Args&) {
    return {};
  }
};

#ifdef CTQL_COMPILE_FAIL
struct toy_session : toy_session_base<toy_session> {};  // no run_text
#else
struct toy_session : toy_session_base<toy_session> {
  template <class... Columns, class... Args>
  ctql::exec_result run_text(const ctql::text_statement<Columns...>&, const Args&...) {
    return {};
  }
};
#endif

void connector_session_without_run_text() {
  ctql::basic_connection<ctql::sqlite, toy_session> db(std::make_unique<toy_session>());
  db(ctql::text<>("DELETE FROM t WHERE a = :a"), ctql::arg<"a">(1));
}
