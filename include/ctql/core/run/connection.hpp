#pragma once
// What every connector's connection does before its own code runs a statement: the checks
// (whole-statement rules, params need prepare(), the dialect's features), prepare(),
// create_all/drop_all and transactions. The connector supplies a Session that runs statements.
#include <concepts>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "ctql/core/check.hpp"
#include "ctql/core/ddl/create_index.hpp"
#include "ctql/core/ddl/create_table.hpp"
#include "ctql/core/ddl/schema_order.hpp"
#include "ctql/core/meta/lean_std.hpp"
#include "ctql/core/query/sql.hpp"
#include "ctql/core/run/connection_lost.hpp"
#include "ctql/core/run/exec_result.hpp"
#include "ctql/core/run/kept_session.hpp"
#include "ctql/core/run/observe.hpp"
#include "ctql/core/run/one_thread.hpp"
#include "ctql/core/run/parameters.hpp"
#include "ctql/core/run/prepared_statement.hpp"
#include "ctql/core/run/raw_text.hpp"
#include "ctql/core/run/schema_hook.hpp"
#include "ctql/core/run/session.hpp"
#include "ctql/core/run/statement_event.hpp"
#include "ctql/core/run/transaction.hpp"
#include "ctql/orm/crud.hpp"

namespace ctql {

template <class T>
inline constexpr bool is_parameter = false;
template <fixed_string Name, class T>
inline constexpr bool is_parameter<parameter<Name, T>> = true;


/// Calls bind_next(value) for each value a statement binds, in placeholder order; for a
/// param<> it passes the prepared statement's argument instead, as bind_next.as<T>(argument)
/// where the connector sends an argument as its parameter's declared type T (PostgreSQL).
template <class Signature, class Args, class BindNext>
struct value_binder {
  BindNext& bind_next;
  const Args* args = nullptr;
  template <class V>
  void operator()(const V& v) {
    if constexpr (is_parameter<V>) {
      const auto& argument = std::get<Signature::template index<V>>(*args);
      if constexpr (requires { bind_next.template as<typename V::value_type>(argument); })
        bind_next.template as<typename V::value_type>(argument);
      else
        bind_next(argument);
    } else {
      bind_next(v);
    }
  }
};

/// Transactions as every dialect spells them: BEGIN, SAVEPOINT for nested ones. Derived has
/// execute(sql) and in_transaction(); its statements call check_transaction() first.
template <class Derived>
class savepoint_transactions {
 public:
  unsigned begin_transaction(std::string_view begin = "BEGIN");
  void commit_transaction(unsigned depth);
  /// Rolls back the transaction begun at `depth`, and with it every transaction nested in it that
  /// is still open (their guards then find them ended): an outer guard that goes first, say.
  void rollback_transaction(unsigned depth);
  /// Whether `sql` is a statement of this class's own, run inside an open transaction: COMMIT, and
  /// SAVEPOINT, RELEASE SAVEPOINT and ROLLBACK TO SAVEPOINT of a ctql_N savepoint (SQL run by hand that a
  /// connector watches for ending the transaction is anything else).
  static bool is_own_transaction_statement(std::string_view sql) {
    if (sql == "COMMIT") return true;
    for (std::string_view verb : {"SAVEPOINT ctql_", "RELEASE SAVEPOINT ctql_", "ROLLBACK TO SAVEPOINT ctql_"}) {
      if (!sql.starts_with(verb)) continue;
      const std::string_view depth = sql.substr(verb.size());
      return !depth.empty() && depth.find_first_not_of("0123456789") == std::string_view::npos;
    }
    return false;
  }
  /// Whether a ctql transaction is open (the caller's); connectors batch inside their own if not.
  bool transaction_open() const { return depth_ != 0; }
  /// Whether the transaction begun at `depth` (begin_transaction's answer) is still open.
  bool transaction_open(unsigned depth) const { return depth < depth_; }

  /// Throws if a ctql transaction is open but the database has ended it (some errors roll the
  /// whole transaction back): a statement run now would run in autocommit, outside the
  /// transaction its caller believes in, and a commit would commit nothing.
  void check_transaction() {
    if (depth_ != 0 && !still_open()) [[unlikely]] transaction_ended(self().transaction_outcome_unknown());
  }

 private:
  static constexpr const char* transaction_ended_text =
      "the database ended this transaction before commit (a statement in it failed and rolled it back, the "
      "connection was lost, or SQL run by hand ended it), so this commit commits nothing and no statement runs "
      "outside it; roll back the transaction (let its guard go out of scope) and start again";

  /// `outcome_unknown`: SQL run by hand may have committed it (Derived's transaction_outcome_unknown()).
  [[noreturn, gnu::noinline, gnu::cold]] static void transaction_ended(bool outcome_unknown) {
    if (!outcome_unknown) throw error(transaction_ended_text);
    throw detail::transaction_ended_outside("by SQL run as text, such as COMMIT, and not by a rollback the "
                                            "connection saw");
  }
  Derived& self() { return static_cast<Derived&>(*this); }
  /// Whether the database still has the ctql transaction open: in_transaction(), and, where Derived can
  /// tell (transaction_ended_by_hand()), not ended by SQL run by hand that began another one after it
  /// (`ROLLBACK; BEGIN` in one execute()), whose work is not the caller's transaction.
  bool still_open() {
    if constexpr (requires(Derived& d) { d.transaction_ended_by_hand(); })
      return !self().transaction_ended_by_hand() && self().in_transaction();  // a flag first, then the call
    else
      return self().in_transaction();
  }
  /// Runs a transaction statement, seen by the statement observer like any other.
  void run(const std::string& sql) {
    detail::observe(self(), [&sql] { return sql; }, [&] { self().execute(sql); });
  }
  void require_innermost(unsigned depth) const {
    if (depth + 1 != depth_)
      throw error("a transaction was ended while a transaction nested in it was still open; end the inner one first");
  }
  unsigned depth_ = 0;
  bool ended_outcome_unknown_ = false;  // how the database ended it, for the guards of outer levels
};

// Out of the class: a connector's library compiles them once for its session (an extern template
// in its header), so a program's translation units do not.
template <class Derived>
unsigned savepoint_transactions<Derived>::begin_transaction(std::string_view begin) {
  check_transaction();
  const unsigned depth = depth_;
  if (depth == 0) {
    ended_outcome_unknown_ = false;
    // PostgreSQL only warns at a BEGIN inside a transaction, and MySQL commits the open one: the
    // guard would take over (and roll back) work it did not begin, or commit it behind its back.
    if (self().in_transaction())
      throw error("a transaction begun outside ctql (BEGIN run by hand, or MySQL's autocommit turned off) is open "
                  "on this connection; commit or roll it back by hand before db.transaction(), or run the "
                  "statements in it without a guard");
  }
  // A savepoint takes no lock of its own: a nested transaction cannot keep that promise.
  if (depth != 0 && begin != "BEGIN")
    throw error("a transaction that takes its locks at the start (" + std::string(begin) +
                ") cannot be nested in another; begin the outermost transaction that way");
  run(depth == 0 ? std::string(begin) : "SAVEPOINT ctql_" + std::to_string(depth));
  ++depth_;
  return depth;
}
template <class Derived>
void savepoint_transactions<Derived>::commit_transaction(unsigned depth) {
  if (depth >= depth_) transaction_ended(ended_outcome_unknown_);  // an inner commit found it ended
  require_innermost(depth);
  if (!still_open()) {
    ended_outcome_unknown_ = self().transaction_outcome_unknown();
    depth_ = 0;  // the database ended it, every level of it: nothing is left to commit or undo
    // A transaction SQL run by hand began after ending it is not the caller's: left open, it would
    // hold the statements run after this failed commit, and never commit them. Its own failure
    // would hide the one that matters, which follows.
    if (self().in_transaction()) {
      try {
        run("ROLLBACK");
      } catch (const error&) {
      }
    }
    transaction_ended(ended_outcome_unknown_);
  }
  try {
    run(depth == 0 ? std::string("COMMIT") : "RELEASE SAVEPOINT ctql_" + std::to_string(depth));
  } catch (...) {
    // If COMMIT fails the transaction stays open, for the guard to roll back, unless the
    // database has ended it (PostgreSQL rolls back on a failed COMMIT): then it is over here too.
    if (depth == 0 && !self().in_transaction()) depth_ = 0;
    throw;
  }
  depth_ = depth;
}
template <class Derived>
void savepoint_transactions<Derived>::rollback_transaction(unsigned depth) {
  if (depth >= depth_) return;  // already ended (the database, or an outer rollback, ended it)
  depth_ = depth;  // over even if the statement fails: the database has ended it or will
  if (depth == 0) {
    // After some errors the database has already rolled back; then there is nothing to undo. A
    // transaction SQL run by hand began after ending this one is rolled back with it.
    if (self().in_transaction()) run("ROLLBACK");
  } else if (still_open()) {
    const std::string name = "ctql_" + std::to_string(depth);
    run("ROLLBACK TO SAVEPOINT " + name);
    run("RELEASE SAVEPOINT " + name);
  }
}

/// The connection front. Movable; the Session stays at one address, and results, prepared
/// statements and transactions keep it alive (kept_session): they stay safe to use when the
/// connection object is gone. Not thread-safe: use one connection per thread.
template <class Dialect, class Session>
class basic_connection {
  static_assert(check_session<Session>(),
                "ctql: the connector Session misses a hook of the Session protocol (core/run/session.hpp)");

 public:
  using dialect = Dialect;
  explicit basic_connection(std::unique_ptr<Session> session) : session_(session.release()) {}
  basic_connection(basic_connection&&) noexcept = default;
  basic_connection& operator=(basic_connection&&) noexcept = default;
  basic_connection(const basic_connection&) = delete;  // one connection, one owner
  basic_connection& operator=(const basic_connection&) = delete;

  /// Runs a statement: a select gives a single-pass range of std::tuple rows (with first(),
  /// all() and as<T>()), anything else an exec_result.
  template <class Q>
  decltype(auto) operator()(Q&& q) {
    using S = std::remove_cvref_t<Q>;
    if constexpr (is_text_statement<S>) {
      if constexpr (!session_runs_text<Session, S>) {
        session_has_no_run_text<Session, S>();
        return exec_result{};
      } else {
        Session& s = live();
        return detail::observe(s, [&q] { return std::string(q.sql); },
                               [&]() -> decltype(auto) { return s.run_text(q); });
      }
    } else if constexpr (!statement<S>) {
      run_takes_statement<S>();
    } else if constexpr (!statement_is_valid<Dialect, S>) {
      return exec_result{};
    } else if constexpr (S::params::size != 0) {
      statement_needs_prepare<S>();
      // What a good run returns, so that `db(q).all()` stops at the message alone (it never runs).
      using parameters = typename parameter_signature<typename S::params>::distinct;
      return live().run(std::forward<Q>(q), default_arguments(parameters{}));
    } else if constexpr (!session_runs<Session, Q, std::tuple<>>) {
      session_has_no_run<Session, S>();
      return exec_result{};
    } else {
      // Observed here, with no function of its own per statement type (each would cost the
      // compiler one per statement a program runs); core/run/observe.hpp has the helpers.
      Session& s = live();
      [[maybe_unused]] const detail::one_thread_inside inside(s);  // debug builds: one thread at a time
      // Whether this statement is watched, kept here: the observer may be set or cleared while its
      // values are bound, and a watch pending then may be another statement's.
      const bool watched = s.observer() != nullptr;
      if (watched) [[unlikely]] {
        if constexpr (has_fixed_sql<S>) detail::watch_statement(s, detail::static_sql_text<Dialect, S>.view());
        else detail::watch_statement(s, runtime_sql<Dialect>(q));
      }
      if constexpr (is_query<S>) {
        try {
          return s.run(std::forward<Q>(q), std::tuple<>{});  // its result takes the watch
        } catch (...) {
          if (watched) [[unlikely]] detail::statement_failed(s);
          throw;
        }
      } else {
        exec_result r;
        try {
          r = s.run(std::forward<Q>(q), std::tuple<>{});
        } catch (...) {
          if (watched) [[unlikely]] detail::statement_failed(s);
          throw;
        }
        // Outside the try: an observer that throws here must not be taken for the statement failing
        // (statement_failed would report the watch of a statement this one runs inside).
        if (watched) [[unlikely]] detail::change_done(s, r);
        if constexpr (reports_no_insert_id<S>) return without_insert_id(r);
        else return r;
      }
    }
  }
  /// Raw SQL with `:name` placeholders:
  /// `db(ctql::text<std::int64_t>("SELECT id FROM users WHERE name = :name"), ctql::arg<"name">("Ann"))`
  template <class... Columns, class... Args>
  decltype(auto) operator()(const text_statement<Columns...>& t, const Args&... args) {
    // A refused call runs no values, so that what it returns is what a good call returns and its
    // ctql: message is its only error (it never runs: the build has failed).
    if constexpr (!(is_named_arg<Args> && ...)) {
      text_values_given_without_arg<Args...>();
      return live().run_text(t);
    } else if constexpr ((is_refused_arg<Args> || ...)) {
      return live().run_text(t);  // arg() has said why
    } else if constexpr (!detail::names_are_distinct<Args...>()) {
      text_arg_given_twice<Args...>();
      return live().run_text(t);
    } else if constexpr (!session_runs_text<Session, text_statement<Columns...>, Args...>) {
      session_has_no_run_text<Session, text_statement<Columns...>>();
      return exec_result{};
    } else {
      Session& s = live();
      return detail::observe(s, [&t] { return std::string(t.sql); },
                             [&]() -> decltype(auto) { return s.run_text(t, args...); });
    }
  }

  /// `auto find = db.prepare(select(users.name).from(users).where(users.age >= ctql::param<"min">)); find(18);`
  template <class Q>
  auto prepare(Q q) {
    if constexpr (!statement<Q>) {
      prepare_takes_statement<Q>();
    } else if constexpr (!statement_is_valid<Dialect, Q>) {
      return 0;
    } else if constexpr (!parameter_signature<typename Q::params>::consistent) {
      param_used_with_two_types(typename parameter_signature<typename Q::params>::distinct{});
      return 0;
    } else {
      live();
      return prepared_statement<Session, Q>(session_, std::move(q), &runtime_sql<Dialect, Q>);
    }
  }

  /// CREATE TABLE IF NOT EXISTS for each table, in the order given but each after the tables it
  /// references; then the indexes of their table_options (CREATE INDEX IF NOT EXISTS).
  template <table_type... Tables>
  void create_all(const Tables&... tables) {
    if constexpr (!detail::index_names_distinct<Tables...>()) index_names_repeated<Tables...>();
    const std::string_view creates[] = {create_table_if_not_exists<Dialect>(tables)..., {}};
    for (std::size_t i : detail::creation_order<Tables...>()) execute_rendered(creates[i]);
    auto indexes = [this](const auto& statements) {
      for (std::string_view sql : statements) execute_rendered(sql);
    };
    (indexes(create_indexes<Dialect>(tables)), ...);
  }
  /// DROP TABLE IF EXISTS for each table (their indexes go with them), in the order given but each
  /// before the tables it references.
  template <table_type... Tables>
  void drop_all(const Tables&... tables) {
    const std::string_view drops[] = {drop_table_if_exists<Dialect>(tables)..., {}};
    constexpr auto order = detail::creation_order<Tables...>();
    for (std::size_t k = order.size(); k-- > 0;) execute(drops[order[k]]);
  }
  /// `db.verify_schema(users, posts)` (with <ctql/schema.hpp>): one ctql::error listing every
  /// difference between the live database and the tables' types; see ctql::schema_differences.
  template <table_type... Tables>
  void verify_schema(const Tables&... tables) {
    using hook = detail::schema_verification<detail::dependent_true<Tables...>>;  // complete once included
    if constexpr (requires { hook::verify(*this, tables...); }) hook::verify(*this, tables...);
    else verify_schema_needs_header<Tables...>();
  }
  /// `{ auto tx = db.transaction(); ...; tx.commit(); }`: rolled back unless committed; nested
  /// transactions are savepoints.
  ::ctql::transaction<Session> transaction() {
    live();
    return ::ctql::transaction<Session>(session_);
  }
  /// `db.transaction(ctql::immediate)`: takes the write lock at BEGIN (SQLite's BEGIN IMMEDIATE),
  /// so that a transaction that reads and then writes waits for another writer (up to the busy
  /// timeout) instead of failing at once with "database is locked".
  ::ctql::transaction<Session> transaction(immediate_t) {
    if constexpr (requires { Session::begin_immediate; }) {
      live();
      return ::ctql::transaction<Session>(session_, Session::begin_immediate);
    } else {
      immediate_transaction_unsupported<Dialect>();
      return transaction();
    }
  }
  // Mapped structs (docs/orm.md): one statement each, its SQL fixed at compile time.
  /// `db.insert(user)`: an unassigned auto key (0) is left out, and the assigned key written into it.
  template <class T>
  void insert(T& object) {
    if constexpr (mapped<T>) orm_detail::insert<Dialect>(*this, object);
  }
  /// `db.insert_all(users)`: one bulk insert in one transaction; keys written back where the
  /// dialect has RETURNING (not MySQL 8, whose keys stay 0).
  template <std::ranges::range Range>
  void insert_all(Range&& objects) {
    if constexpr (mapped<std::ranges::range_value_t<Range>>) orm_detail::insert_all<Dialect>(*this, objects);
  }
  /// `db.get<User>(7)`, `db.get<Tag>(post_id, "tag")`: by primary key; none if no row has it.
  template <class T, class... Keys>
  std::optional<T> get(const Keys&... keys) {
    if constexpr (mapped<T>) return orm_detail::get<Dialect, T>(*this, keys...);
    else return std::nullopt;
  }
  /// `db.update(user)`: every column but the key, by key; a ctql::error if no row has the key.
  template <class T>
  void update(const T& object) {
    if constexpr (mapped<T>) orm_detail::update<Dialect>(*this, object);
  }
  /// `db.merge(user)`: an upsert by primary key (an unassigned auto key: an insert).
  template <class T>
  void merge(T& object) {
    if constexpr (mapped<T>) orm_detail::merge<Dialect>(*this, object);
  }
  /// `db.remove(user)`: by primary key; whether a row was deleted.
  template <class T>
  bool remove(const T& object) {
    if constexpr (mapped<T>) return orm_detail::remove<Dialect>(*this, object);
    else return false;
  }
  /// `db.query<User>().where(users.age >= 18).order_by(users.name.asc()).all()` (or .first()).
  template <class T>
  auto query() {
    return orm_detail::query<T>(*this);
  }

  /// Runs SQL without parameters or results.
  void execute(std::string_view sql) {
    Session& s = live();
    detail::observe(s, [sql] { return std::string(sql); }, [&] { s.execute(sql); });
  }

  /// `db.on_statement([](const ctql::statement_event& e) { ... })`: sees every statement this
  /// connection runs from now on (its results, prepared statements and transactions too), when it
  /// is over; `db.on_statement(ctql::echo())` (<ctql/echo.hpp>) writes them to std::clog; `db.on_statement({})` stops.
  void on_statement(statement_observer observer) {
    live().set_observer(observer ? std::make_shared<const statement_observer>(std::move(observer)) : nullptr);
  }
  /// Shares an observer with other connections (an engine's or a pool's). A template, so that
  /// `db.on_statement({})` (stop) picks the overload above instead of being ambiguous.
  template <std::same_as<std::shared_ptr<const statement_observer>> Shared>
  void on_statement(Shared observer) {
    live().set_observer(std::move(observer));
  }

  // What a pool asks of a connection it keeps (core/run/pool.hpp).
  /// Whether a transaction is open: one begun by transaction(), or by SQL run by hand.
  bool in_transaction() const { return live().transaction_open(0) || live().in_transaction(); }
  /// Ends every open transaction, rolling it back (a transaction guard still alive finds it ended).
  void rollback_all() {
    Session& s = live();
    if (s.transaction_open(0)) s.rollback_transaction(0);
    else if (s.in_transaction()) execute("ROLLBACK");
  }
  /// Whether a transaction begun by transaction() is open but the database ended it without
  /// saying how (SQL run by hand: COMMIT, ROLLBACK, a statement that commits implicitly), so its
  /// changes may or may not have been committed (a ctql::session then lets go of what it wrote).
  bool transaction_outcome_unknown() const { return live().transaction_outcome_unknown(); }
  /// Whether anything besides the connection keeps its session: a result being read, a
  /// prepared statement, a transaction guard.
  bool shared() const { return live().holders() > 1; }
  /// Which ctql::session has its transaction open on this connection (null if none): the
  /// connection's state's, which moves with it (one session with work per connection, orm/session.hpp).
  const void*& unit_of_work_owner() { return live().unit_of_work_owner(); }
  /// How many prepared statements the connection keeps for reuse.
  std::size_t cached_statements() const { return live().cached_statements(); }

 protected:
  Session& session() const { return live(); }

 private:
  /// Runs DDL that ctql rendered; a connector may check such text first (MySQL: its literals'
  /// backslashes, mysql/connection.hpp).
  void execute_rendered(std::string_view sql) {
    if constexpr (requires(const Session& s) { s.check_rendered(sql); }) live().check_rendered(sql);
    execute(sql);
  }
  template <class... Parameters>
  static std::tuple<typename Parameters::value_type...> default_arguments(type_list<Parameters...>) {
    return {};
  }
  /// The session; a moved-from connection has none.
  Session& live() const {
    if (!session_) [[unlikely]] moved_from();
    return *session_;
  }
  [[noreturn, gnu::noinline, gnu::cold]] static void moved_from() {
    throw error("this connection was moved from; use the connection object it was moved to");
  }

  detail::kept_session<Session> session_;
};

}  // namespace ctql
