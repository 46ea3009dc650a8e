#pragma once
// ctql::postgres::connection: runs ctql statements on a PostgreSQL server through libpq.
// Each statement type is prepared once per connection (PQprepare, parameters typed from their
// C++ types) and run with PQsendQueryPrepared; values travel in binary format
// both ways; selects stream in single-row mode; values(range) is one COPY FROM STDIN; an insert
// into a table with an assigned key gets ` RETURNING "<key>"` for last_insert_id.
#include <libpq-fe.h>

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "ctql/core/meta/lean_std.hpp"
#include "ctql/core/run/acquire_statement.hpp"
#include "ctql/core/run/connection.hpp"
#include "ctql/core/run/statement_slot.hpp"
#include "ctql/core/run/text_arguments.hpp"
#include "ctql/ctql.hpp"
#include "ctql/postgres/channel.hpp"
#include "ctql/postgres/connection_string.hpp"
#include "ctql/postgres/copy_rows.hpp"
#include "ctql/postgres/result.hpp"
#include "ctql/postgres/statement_cache.hpp"
#include "ctql/postgres/text_placeholders.hpp"
#include "ctql/postgres/value_binding.hpp"
#include "ctql/postgres/value_reading.hpp"

namespace ctql {

namespace postgres_detail {
/// Binds one value as the next parameter; a prepared statement's argument as its parameter's
/// declared type T. libpq copies the values when it sends, so only a temporary's text must be
/// copied first (a bound_copy: gone when this returns). CopyText: a select may be sent again when
/// its first row is read (resend(), after a refused plan), when the statement and the arguments
/// may be gone (a range-for over db(temporary)).
template <bool CopyText = false>
struct bind_next {
  param_buffer* params;
  template <class V>
  void operator()(const V& v) {
    params->template add<CopyText>(v);
  }
  template <class V>
  void operator()(bound_copy<V> v) {
    params->template add<true>(v.value);
  }
  template <class T, class A>
  void as(const A& argument) {
    params->template add_as<T, CopyText>(argument);
  }
};
template <class Signature, class Args, bool CopyText = false>
using binder = value_binder<Signature, Args, bind_next<CopyText>>;

/// The table an insert statement (or an upsert over one) writes; void for other statements.
template <class Q>
struct inserted_table {
  using type = void;
};
template <class Table, class... Assignments>
struct inserted_table<insert_statement<Table, Assignments...>> {
  using type = Table;
};
template <class Table>
struct inserted_table<insert_default_statement<Table>> {
  using type = Table;
};
template <class Table, class Range, class... Columns>
struct inserted_table<insert_values_statement<Table, Range, Columns...>> {
  using type = Table;
};
template <class Insert, class Target, class Action, class... Assignments>
struct inserted_table<upsert_statement<Insert, Target, Action, Assignments...>> : inserted_table<Insert> {};


/// Whether key_returning<Q>() adds anything: an insert into a table with an assigned key.
template <class Q>
constexpr bool returns_assigned_key() {
  using table = typename inserted_table<Q>::type;
  if constexpr (std::is_void_v<table>) return false;
  else return !auto_key_name<table>().empty();
}

/// ` RETURNING "<key>"` for an insert into a table with an assigned key, so that
/// last_insert_id comes back with the insert; "" otherwise.
template <class Q>
std::string key_returning() {
  if constexpr (!returns_assigned_key<Q>()) {
    return {};
  } else {
    using table = typename inserted_table<Q>::type;
    std::string text = " RETURNING ";
    string_sink sink{&text};
    render_context<postgres, string_sink, true> ctx{sink};
    if constexpr (!plain_insert<Q>) {
      // An upsert that updated the existing row inserted nothing: its key is 0, as on the other
      // dialects. A row this statement inserted has no xmax yet.
      ctx.text("CASE WHEN xmax = 0 THEN ");
      ctx.identifier(auto_key_name<table>());
      ctx.text(" ELSE 0 END");
    } else {
      ctx.identifier(auto_key_name<table>());
    }
    return text;
  }
}

/// The statement's SQL with key_returning<Q>() after it.
template <class Q>
inline constexpr auto with_key_returning = [](std::string_view sql) { return std::string(sql) + key_returning<Q>(); };

/// How acquire_statement finishes Q's SQL: with key_returning<Q>() where it adds anything, else as
/// rendered (so that a select's fixed text goes to the cache as it is, with no function of its own).
template <class Q>
using key_returning_finish = std::conditional_t<returns_assigned_key<Q>(), std::remove_const_t<decltype(with_key_returning<Q>)>,
                                                detail::sql_as_rendered>;

/// What a connection is: the libpq connection, its prepared statements and its transaction
/// depth. It stays at one address (connections own it through a pointer): results, prepared
/// statements and transactions refer to it.
class session final : public savepoint_transactions<session>, public detail::shared_session, private replanner {
 public:
  session(PGconn* conn, std::size_t cache_capacity, int read_timeout_ms);
  session(const session&) = delete;
  session& operator=(const session&) = delete;
  ~session();

  /// Runs SQL without parameters (several statements allowed; rows are discarded).
  void execute(std::string_view sql);

  /// BEGIN or SAVEPOINT; refused inside a ctql transaction the server has ended, where the
  /// generic code would start a new outermost transaction the caller takes for a nested one.
  unsigned begin_transaction(std::string_view begin = "BEGIN");

  PGconn* native_handle() const { return channel_.handle(); }
  /// Whether the connection was lost (or closed after read_timeout).
  bool lost() const { return channel_.lost(); }
  /// Prepared statements kept for reuse.
  std::size_t cached_statements() const { return cache_.size(); }

  /// Whether a transaction is open (also one that a failed statement aborted).
  bool in_transaction();
  /// Whether a ctql transaction is open that the server has ended, and not by ROLLBACK: COMMIT run
  /// by hand did.
  bool transaction_outcome_unknown();
  /// SQL run by hand ended the ctql transaction, whether or not it began another after it.
  bool transaction_ended_by_hand() const {
    return transaction_open() && channel_.transaction_ended_by() != channel::ended_by::nothing;
  }

  /// Runs a checked statement; Args are a prepared statement's arguments.
  template <class Q, class Args>
  decltype(auto) run(Q&& q, const Args& args) {
    using S = std::remove_cvref_t<Q>;
    using signature = parameter_signature<typename S::params>;
    if constexpr (is_bulk_insert<S>) {
      return run_bulk_insert(q);
    } else {
      channel_.begin_command();
      require_live_transaction();
      params_.clear();
      bind_next<is_query<S>> next{&params_};
      binder<signature, Args, is_query<S>> b{next, &args};
      ctql::visit_as<postgres>(q, b);
      statement_cache::entry& st = *detail::acquire_statement<postgres>(cache_, q, key_returning_finish<S>{}).owner;
      if constexpr (is_query<S>) {
        // A statement that changes rows and returns them runs now: its failure is raised here,
        // and its changes happen whether or not the rows are read.
        constexpr bool changes_rows = requires { S::uses_returning; };
        sent_ = &st;
        return result<typename S::row_type>(
            detail::session_keeper(this), channel_, st.stmt.sql, false, changes_rows, [&] { send_prepared(st); }, this);
      } else {
        return execute_dml(st);
      }
    }
  }

  /// Runs raw SQL, binding each ctql::arg at its `:name`.
  template <class... Columns, class... Args>
  decltype(auto) run_text(const text_statement<Columns...>& t, const Args&... args) {
    channel_.begin_command();
    require_live_transaction();
    numbered_text numbered = number_placeholders(t.sql);
    detail::check_text_arguments(t.sql, numbered.names, {std::string_view(Args::name)...});
    params_.reset(numbered.names.size());
    detail::bind_text_arguments(
        numbered.names, [&](std::size_t i, const auto& value) { params_.put(i, value); }, args...);
    if constexpr (text_statement<Columns...>::returns_rows) {
      return result<std::tuple<Columns...>>(detail::session_keeper(this), channel_, std::make_shared<const std::string>(t.sql), true, false,
                                            [&] { send_text(numbered.sql, t.sql, "cannot send the query"); });
    } else {
      send_text(numbered.sql, t.sql, "cannot send the statement");
      return channel_.finish_command(channel_.last_result(), "the statement failed", t.sql);
    }
  }

 private:
  /// A ctql transaction is open but the server has none (a COMMIT or ROLLBACK run by hand ended
  /// it): a statement now would run in autocommit, outside the transaction the caller sees.
  void require_live_transaction() {
    if (transaction_open() && (PQtransactionStatus(channel_.handle()) == PQTRANS_IDLE || transaction_ended_by_hand()))
        [[unlikely]]
      throw_transaction_ended();
  }
  [[noreturn, gnu::cold]] void throw_transaction_ended() const;

  // Compiled once (compiled_part.hpp), not once per statement type.
  exec_result execute_dml(statement_cache::entry& st);
  void send_prepared(const statement_cache::entry& st);
  /// A text statement (numbered: its SQL with $n), its parameters in params_.
  void send_text(const std::string& numbered, std::string_view sql, const char* what);
  /// The server refused the statement's cached plan (its result type changed): it leaves the
  /// cache, and outside a transaction is prepared again at once (true). In a transaction the
  /// failure aborted it, so the next run, after the rollback, prepares it again.
  bool replan(statement_cache::entry& st, plan_refusal why);
  /// A select whose plan was refused before its first row (see row_stream): nothing else has
  /// run since it was sent, so params_ still hold its arguments.
  bool resend(plan_refusal why) override;

  /// values(range): one COPY ... FROM STDIN of every row (text format, sent in 64 KiB chunks),
  /// all-or-nothing as any single statement. COPY has no RETURNING: the assigned key of the last
  /// row is the key sequence's currval (one more round trip), or the last row's own key.
  template <class Q>
  exec_result run_bulk_insert(const Q& q) {
    const auto& rows = q.rows();
    if (std::ranges::empty(rows)) return {};
    using table = typename inserted_table<Q>::type;
    static const std::string copy_sql = copy_statement<table>(typename Q::columns{});
    constexpr int key_column = key_column_index<table>(typename Q::columns{});
    start_copy(copy_sql);
    copy_encoder encoder(copy_buffer_, key_column);
    try {
      for (auto&& row : rows) {
        encoder.begin_row();
        Q::template visit_row<typename Q::row_reference>(row, encoder);
        encoder.end_row();
        if (copy_buffer_.size() >= copy_chunk) send_copy_data(copy_sql);
      }
      send_copy_data(copy_sql);
    } catch (...) {
      abandon_copy();
      throw;
    }
    exec_result out = finish_copy(copy_sql);
    if constexpr (key_column >= 0) {
      out.last_insert_id = encoder.last_key();
    } else if constexpr (!auto_key_name<table>().empty()) {
      out.last_insert_id = last_assigned_key<table>();
    }
    return out;
  }
  // A COPY's steps that depend on no row type (compiled_part.hpp): sending COPY ... FROM STDIN,
  // a chunk of rows (copy_buffer_), ending it (abandoned: nothing is inserted).
  void start_copy(const std::string& copy_sql);
  void send_copy_data(const std::string& copy_sql);
  void abandon_copy() noexcept;
  exec_result finish_copy(const std::string& copy_sql);

  /// COPY "t" ("a", "b") FROM STDIN
  template <class Table, class... Columns>
  static std::string copy_statement(type_list<Columns...>) {
    std::string text = "COPY ";
    string_sink sink{&text};
    render_context<postgres, string_sink, true> ctx{sink};
    ctx.identifier(Table::sql_name);
    ctx.text(" ");
    detail::render_column_names<decltype(ctx), Columns...>(ctx);
    ctx.text(" FROM STDIN");
    return text;
  }
  /// Where the table's assigned key is among the copied columns; -1 if it is not.
  template <class Table, class... Columns>
  static constexpr int key_column_index(type_list<Columns...>) {
    int index = -1;
    int i = 0;
    ((index = Columns::sql_name == auto_key_name<Table>() && !auto_key_name<Table>().empty() ? i : index, ++i), ...);
    return index;
  }
  /// The key the table's sequence gave last in this session.
  template <class Table>
  std::int64_t last_assigned_key() {
    static const std::string table_name = [] {
      std::string text;
      string_sink sink{&text};
      render_context<postgres, string_sink, true> ctx{sink};
      ctx.identifier(Table::sql_name);
      return text;
    }();
    static const std::string key(auto_key_name<Table>());
    return last_assigned_key(table_name, key);
  }
  std::int64_t last_assigned_key(const std::string& table_name, const std::string& key);

  static constexpr std::size_t copy_chunk = 1 << 16;

  channel channel_;
  statement_cache cache_;
  param_buffer params_;
  statement_cache::entry* sent_ = nullptr;  // the select sent last
  std::string copy_buffer_;
};
}  // namespace postgres_detail

#ifndef CTQL_HEADER_ONLY
extern template class savepoint_transactions<postgres_detail::session>;  // in ctql_postgres
#endif

/// A database connection: `auto db = ctql::postgres::connect("postgresql://user:pw@host/db");`.
/// Movable; not thread-safe (use one connection per thread). Results and prepared statements
/// must not outlive it.
class postgres::connection : public basic_connection<postgres, postgres_detail::session> {
 public:
  /// Takes ownership of an open libpq connection; keeps up to cache_capacity prepared statements;
  /// gives up on a server silent for longer than read_timeout (zero: waits as long as it takes).
  explicit connection(PGconn* conn, std::size_t cache_capacity = 256,
                      std::chrono::milliseconds read_timeout = std::chrono::milliseconds{0})
      : basic_connection(std::make_unique<postgres_detail::session>(conn, cache_capacity,
                                                                    static_cast<int>(read_timeout.count()))) {}
  /// The libpq connection, for what ctql does not cover.
  PGconn* native_handle() const { return session().native_handle(); }
  /// Whether the connection was lost, or closed because the server did not answer within
  /// read_timeout; then every statement raises ctql::error.
  bool lost() const { return session().lost(); }
};

/// postgres::connect (compiled_part.hpp, in ctql_postgres):
/// connects with a libpq connection URI (`postgresql://user:password@host:port/database?...`) or
/// a key=value string (`host=... dbname=...`). ctql's options (URI parameters or keys):
/// connect_timeout (seconds, default 10; 0 waits forever) and read_timeout (seconds the server
/// may stay silent while a statement runs, default 0: no limit). Unless the string says
/// otherwise, TCP keepalives notice a dead server within a minute, and text is UTF-8. No error
/// shows the password.

}  // namespace ctql
