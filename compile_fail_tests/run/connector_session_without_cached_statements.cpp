// Rule: a connector's Session has every hook of the Session protocol (core/run/session.hpp); one
// that misses a hook is named in a ctql: message where the connection type is used.
// CTQL-EXPECT-ERROR: ctql: the connector Session has no cached_statements\(\) hook
// CTQL-FIX: (connector authors) add `std::size_t cached_statements() const` to the connector's Session
// CTQL-FIX: (core/run/session.hpp lists the hooks).
#include <cstddef>
#include <memory>
#include <string_view>

#include <ctql/ctql.hpp>
#include <ctql/core/run/connection.hpp>

struct toy_session : ctql::savepoint_transactions<toy_session>, ctql::detail::shared_session {
  void execute(std::string_view) {}
  bool in_transaction() const { return false; }
  bool transaction_outcome_unknown() const { return false; }
#ifdef CTQL_COMPILE_FAIL
  // no cached_statements()
#else
  std::size_t cached_statements() const { return 0; }
#endif
  template <class Q, class Args>
  ctql::exec_result run(Q&&, const Args&) {
    return {};
  }
  template <class... Columns, class... Args>
  ctql::exec_result run_text(const ctql::text_statement<Columns...>&, const Args&...) {
    return {};
  }
};

void connector_session_without_cached_statements() {
  ctql::basic_connection<ctql::sqlite, toy_session> db(std::make_unique<toy_session>());
  db.execute("CREATE TABLE t (a INTEGER)");
}
