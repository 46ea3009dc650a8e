#pragma once
// The Session protocol: what the shared front (basic_connection, prepared_statement, transaction,
// the results' row_range) calls on a connector's session. A connector that misses a hook fails to
// compile with a ctql: message naming it, at the connection type that uses the session.
//   execute(sql)                          SQL text without parameters or results (create_all, drop_all,
//                                         execute, and transactions' BEGIN/COMMIT/SAVEPOINT)
//   begin_transaction(begin) -> depth,    the transaction guards' hooks (savepoint_transactions gives
//   commit_transaction(depth),            them all from execute() and in_transaction())
//   rollback_transaction(depth),
//   transaction_open(depth) -> bool
//   transaction_outcome_unknown() -> bool a ctql transaction is open and the database ended it
//                                         without saying how (SQL run by hand may have committed it)
//   cached_statements() -> size_t         how many prepared statements the connection keeps
//   run(statement, arguments)             a checked ctql statement (arguments: a prepared
//                                         statement's, std::tuple<> otherwise); run_prepared(...)
//                                         too if a prepared statement runs differently
//   run_text(text_statement, args...)     raw SQL with its ctql::arg values
//   begin_immediate (optional)            the BEGIN of db.transaction(ctql::immediate)
// Sessions derive from detail::shared_session: what refers to them keeps them alive.
#include <concepts>
#include <cstddef>
#include <string_view>

#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/run/kept_session.hpp"

namespace ctql {

template <class S>
concept session_is_shared = std::derived_from<S, detail::shared_session>;
template <class S>
concept session_executes = requires(S& s, std::string_view sql) { s.execute(sql); };
template <class S>
concept session_has_transactions = requires(S& s, const S& c, std::string_view begin, unsigned depth) {
  { s.begin_transaction(begin) } -> std::same_as<unsigned>;
  s.commit_transaction(depth);
  s.rollback_transaction(depth);
  { c.transaction_open(depth) } -> std::same_as<bool>;
};
template <class S>
concept session_knows_transaction_outcome = requires(S& s) {
  { s.transaction_outcome_unknown() } -> std::same_as<bool>;
};
template <class S>
concept session_counts_statements = requires(const S& c) {
  { c.cached_statements() } -> std::convertible_to<std::size_t>;
};
/// A session basic_connection can be built on (run and run_text are checked where a statement
/// is run: they are templates over it).
template <class S>
concept connector_session =
    session_is_shared<S> && session_executes<S> && session_has_transactions<S> && session_knows_transaction_outcome<S> &&
    session_counts_statements<S>;

template <class S, class Q, class Args>
concept session_runs = requires(S& s, Q&& q, const Args& args) { s.run(static_cast<Q&&>(q), args); };
template <class S, class Text, class... Args>
concept session_runs_text = requires(S& s, const Text& t, const Args&... args) { s.run_text(t, args...); };

// ---------------------------------------------------------------------------------------------
// Messages, one per hook, for the connector's author.
template <class Session>
constexpr void session_is_not_shared() {
  static_assert(always_false<Session>,
                "ctql: a connector Session must derive from ctql::detail::shared_session: results, prepared "
                "statements and transactions keep the session alive through it");
}
template <class Session>
constexpr void session_has_no_execute() {
  static_assert(always_false<Session>,
                "ctql: the connector Session has no execute(sql) hook: create_all, drop_all, execute and "
                "transactions run SQL text through it");
}
template <class Session>
constexpr void session_has_no_transaction_hooks() {
  static_assert(always_false<Session>,
                "ctql: the connector Session has no begin_transaction, commit_transaction, rollback_transaction "
                "and transaction_open hooks: derive it from ctql::savepoint_transactions<Session>, which "
                "needs execute(sql) and in_transaction()");
}
template <class Session>
constexpr void session_has_no_transaction_outcome() {
  static_assert(always_false<Session>,
                "ctql: the connector Session has no transaction_outcome_unknown() hook: when the database ends a "
                "ctql transaction without saying how (SQL run by hand), commit() and ctql::session must not "
                "report it as rolled back");
}
template <class Session>
constexpr void session_has_no_cached_statements() {
  static_assert(always_false<Session>,
                "ctql: the connector Session has no cached_statements() hook: connection.cached_statements() "
                "asks it how many prepared statements it keeps");
}
template <class Session, class Statement>
constexpr void session_has_no_run() {
  static_assert(always_false<Session, Statement>,
                "ctql: the connector Session has no run(statement, arguments) hook for this statement: the "
                "connection runs every ctql statement through it");
}
template <class Session, class Text>
constexpr void session_has_no_run_text() {
  static_assert(always_false<Session, Text>,
                "ctql: the connector Session has no run_text(text_statement, args...) hook: "
                "db(ctql::text<...>(sql), ctql::arg<name>(value)...) runs through it");
}

/// Reports the first hook Session misses (a ctql: message); true if it has them all.
template <class Session>
constexpr bool check_session() {
  if constexpr (!session_is_shared<Session>) session_is_not_shared<Session>();
  else if constexpr (!session_executes<Session>) session_has_no_execute<Session>();
  else if constexpr (!session_has_transactions<Session>) session_has_no_transaction_hooks<Session>();
  else if constexpr (!session_knows_transaction_outcome<Session>) session_has_no_transaction_outcome<Session>();
  else if constexpr (!session_counts_statements<Session>) session_has_no_cached_statements<Session>();
  return connector_session<Session>;
}

}  // namespace ctql
