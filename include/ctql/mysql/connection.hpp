#pragma once
// ctql::mysql::connection and ctql::mariadb::connection: run ctql statements on a MySQL 8 or a
// MariaDB 10.5+ server through libmysqlclient (or MariaDB Connector/C), as server-side prepared
// statements. One session serves both; the dialect, a template parameter, decides the SQL.
#include <mysql.h>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
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
#include "ctql/core/run/insert_batches.hpp"
#include "ctql/core/run/statement_slot.hpp"
#include "ctql/core/run/text_arguments.hpp"
#include "ctql/ctql.hpp"
#include "ctql/mysql/link.hpp"
#include "ctql/mysql/named_sql.hpp"
#include "ctql/mysql/result.hpp"
#include "ctql/mysql/server_version.hpp"
#include "ctql/mysql/statement_cache.hpp"
#include "ctql/mysql/transaction_verbs.hpp"
#include "ctql/mysql/url.hpp"
#include "ctql/mysql/value_binding.hpp"
#include "ctql/mysql/value_reading.hpp"

namespace ctql {

namespace mysql_detail {
/// Binds one value at the next placeholder.
struct bind_next {
  param_binds* params;
  template <class V>
  void operator()(const V& v) {
    params->push(v);
  }
};
template <class Signature, class Args>
using binder = value_binder<Signature, Args, bind_next>;

/// Sums packet_bytes over the values of a row.
struct packet_size {
  std::size_t bytes = 0;
  template <class V>
  void operator()(const V& v) {
    bytes += packet_bytes(v);
  }
};

template <class... Columns>
constexpr bool any_auto_assigned(type_list<Columns...>) {
  return (false || ... || Columns::is_auto_assigned);
}

/// What a connection is: the link to the server, its prepared statements and its transaction
/// depth. It stays at one address (connections own it through a pointer): results, prepared
/// statements and transactions refer to it. What depends on the dialect is run_as<Dialect>;
/// dialect_session<Dialect> below is the Session a connection uses.
class session : public savepoint_transactions<session>, public detail::shared_session {
 public:
  /// Takes ownership of a connected handle. `client_packet_limit`: the client's own
  /// max_allowed_packet, when lower than the server's.
  session(MYSQL* db, std::size_t cache_capacity, std::optional<unsigned long> client_packet_limit = {});
  session(const session&) = delete;
  session& operator=(const session&) = delete;
  ~session() = default;  // statements close first (cache_), then the connection (link_)

  /// Runs SQL without parameters (several statements allowed); any rows are discarded.
  void execute(std::string_view sql);

  /// SQL that ctql rendered, before the server first reads it: its literals' backslashes are
  /// written twice, for backslash escapes, which a session that turned NO_BACKSLASH_ESCAPES on
  /// (by hand: connect() turns it off) would read as two characters. Refused then, not stored
  /// wrong. Called when a statement is prepared (a prepared statement keeps what it read) and
  /// for create_all's DDL.
  void check_rendered(std::string_view sql) const {
    if (sql.find('\\') != std::string_view::npos && !link_.reads_backslash_escapes()) [[unlikely]]
      throw_backslash_escapes_off(sql);
  }

  MYSQL* native_handle() const { return link_.handle(); }
  /// Prepared statements kept for reuse.
  std::size_t cached_statements() const { return cache_.size(); }
  /// What the statement cache holds, prepared or not.
  statement_cache::footprint cache_footprint() const { return cache_.held(held_text_bytes); }
  /// Whether the connection was lost; then every use raises ctql::error until you connect again.
  bool lost() const { return link_.lost(); }
  /// Whether the server has a transaction open (it rolls one back itself after some errors, and
  /// a lost connection takes it along).
  bool in_transaction() const { return !link_.lost() && link_.server_in_transaction(); }
  /// Whether a ctql transaction is open that the server has ended, and not by a rollback it
  /// reported: SQL run by hand did (COMMIT, ROLLBACK, a statement that commits implicitly).
  bool transaction_outcome_unknown() const {
    return transaction_open() && !link_.lost() && !link_.transaction_still_open() && !link_.rolled_back();
  }
  /// SQL run by hand ended the ctql transaction, whether or not it began another after it.
  bool transaction_ended_by_hand() const { return transaction_open() && link_.ended_by_hand(); }
  /// Whether each statement outside a transaction commits on its own, as ctql takes it to (a
  /// program's `SET autocommit = 0` turns that off).
  bool autocommits() const { return link_.server_autocommits(); }

  // savepoint_transactions keeps the depth; the link is told whether a ctql transaction is open,
  // so that once the server has ended it (a deadlock, a lost connection) statements are refused
  // instead of running, and committing, on their own, and commit() raises.
  unsigned begin_transaction(std::string_view begin = "BEGIN");
  void commit_transaction(unsigned depth);
  void rollback_transaction(unsigned depth);

  /// Runs a checked statement, rendered for Dialect; Args are a prepared statement's arguments.
  template <class Dialect, class Q, class Args>
  decltype(auto) run_as(Q&& q, const Args& args) {
    using S = std::remove_cvref_t<Q>;
    using signature = parameter_signature<typename S::params>;
    if constexpr (is_query<S>) {
      // A statement that changes rows and returns them (MariaDB's INSERT/DELETE ... RETURNING)
      // is read whole now: its failure is raised here, and its changes happen whether or not the
      // rows are read.
      constexpr bool changes_rows = requires { S::uses_returning; };
      auto lease = detail::acquire_statement<Dialect>(cache_, q, rendered_checked{this});
      return result<typename S::row_type>(
          detail::session_keeper(this), cache_, lease,
          [&](param_binds& params) {
            bind_next next{&params};
            binder<signature, Args> b{next, &args};
            ctql::visit_as<Dialect>(q, b);
          },
          false, changes_rows);
    } else if constexpr (is_bulk_insert<S>) {
      return run_bulk_insert<Dialect>(q);
    } else {
      return execute_dml(detail::acquire_statement<Dialect>(cache_, q, rendered_checked{this}), [&](param_binds& params) {
        bind_next next{&params};
        binder<signature, Args> b{next, &args};
        ctql::visit_as<Dialect>(q, b);
      });
    }
  }

  /// Runs raw SQL, binding each ctql::arg at its `:name`.
  template <class... Columns, class... Args>
  decltype(auto) run_text(const text_statement<Columns...>& t, const Args&... args) {
    using text = text_statement<Columns...>;
    link_.settle();
    limits_.reset();  // the SQL may set what they hold
    const bool backslash_escapes = link_.reads_backslash_escapes();
    const named_sql named = rewrite_named_placeholders(t.sql, backslash_escapes);
    detail::check_text_arguments(t.sql, named.names, {std::string_view(Args::name)...});
    auto bind = [&](param_binds& params) {
      if (params.size() != named.names.size())
        throw error("the server counts " + std::to_string(params.size()) + " placeholders where the SQL names " +
                        std::to_string(named.names.size()),
                    std::string(t.sql));
      detail::bind_text_arguments(
          named.names, [&](std::size_t i, const auto& value) { params.bind(i, value); }, args...);
      params.all_bound();  // check_text_arguments saw to it that each name has a value
    };
    std::string key(sizeof(std::size_t), '\xff');  // no statement type has this slot
    key += backslash_escapes ? '\\' : '-';
    key += t.sql;
    if constexpr (text::returns_rows) {
      auto lease = cache_.acquire(key, [&] { return named.sql; });
      const unsigned columns = mysql_stmt_field_count(lease->handle);
      if (columns != sizeof...(Columns) && columns != 0) {  // 0: a CALL, which tells once executed
        cache_.release(lease);
        throw_column_count_mismatch(t.sql, columns, sizeof...(Columns), true);
      }
      return result<std::tuple<Columns...>>(detail::session_keeper(this), cache_, lease, bind, true);
    } else {
      std::optional<statement_cache::lease> lease;
      try {
        lease = cache_.acquire(key, [&] { return named.sql; });
      } catch (const error& e) {
        // Some statements cannot be prepared (ER_UNSUPPORTED_PS); without values they run as text.
        if (e.code() != 1295 || sizeof...(Args) != 0) throw;
        execute(t.sql);
        MYSQL* db = link_.handle();
        return exec_result{mysql_affected_rows(db), static_cast<std::int64_t>(mysql_insert_id(db))};
      }
      exec_result done = execute_dml(*lease, bind);
      if (begins_another_transaction(t.sql)) link_.note_transaction_ended_by_hand();  // BEGIN, AND CHAIN
      return done;
    }
  }

 private:
  /// Binds (`bind`), executes and gives back a statement that changes rows (compiled_part.hpp:
  /// the same for every statement).
  exec_result execute_dml(const statement_cache::lease& lease, bind_values_ref bind);

  // --- values(range): multi-row INSERTs --------------------------------------------------------

  struct server_limits {
    std::size_t packet = 0;            // max_allowed_packet, the server's or the client's if lower
    std::uint64_t id_increment = 1;    // auto_increment_increment
  };
  /// Asked when a bulk insert first needs them, and again after SQL the program wrote (execute(),
  /// text<...>): `SET SESSION auto_increment_increment = 7` there changes how keys step.
  const server_limits& limits() {
    if (limits_) [[likely]] return *limits_;
    return read_limits();
  }
  const server_limits& read_limits();  // the query (compiled_part.hpp)

  /// values(range): multi-row INSERTs, each as large as max_allowed_packet, the placeholder limit
  /// (65535) and max_batch_rows allow; all-or-nothing (in a transaction, or a savepoint inside the
  /// caller's, when there is more than one batch).
  template <class Dialect, class Q>
  exec_result run_bulk_insert(const Q& q) {
    auto&& rows = q.rows();  // as the statement gives it (some views are read through non-const access)
    const std::size_t total = static_cast<std::size_t>(std::ranges::distance(rows));
    if (total == 0) return {};
    constexpr std::size_t columns = Q::columns::size;
    constexpr std::size_t row_text = 3 * columns + 2;  // "(?, ?), "
    constexpr std::size_t packet_margin = 1024;        // packet header, statement id, flags
    const server_limits& server = limits();
    const std::size_t budget = server.packet > 2 * packet_margin ? server.packet - packet_margin : server.packet / 2;
    const std::size_t text_one_row = sql_for_rows<Dialect, Q>(1).size();
    std::size_t max_rows = std::min(max_batch_rows, max_placeholders / columns);
    max_rows = std::min(max_rows, budget > text_one_row ? 1 + (budget - text_one_row) / row_text : 1);

    auto batch_rows = [&](auto it, std::size_t done, std::size_t left) {
      // As many rows as fit in one packet.
      std::size_t n = 0;
      std::size_t bytes = 0;
      for (; n < std::min(max_rows, left); ++it, ++n) {
        packet_size size;
        Q::template visit_row<typename Q::row_reference>(*it, size);
        if (bytes + size.bytes > budget) {
          if (n == 0)
            throw error("row " + std::to_string(done) + " of values() needs about " + std::to_string(size.bytes) +
                            " bytes, more than max_allowed_packet (" + std::to_string(server.packet) +
                            ") allows; raise max_allowed_packet",
                        sql_for_rows<Dialect, Q>(1));
          break;
        }
        bytes += size.bytes;
      }
      return n;
    };
    return detail::insert_in_batches(*this, rows, batch_rows, [&](auto& it, std::size_t n) {
      auto lease = detail::acquire_insert_rows<Dialect, Q>(cache_, n);
      exec_result r = execute_dml(lease, [&](param_binds& params) {
        bind_next next{&params};
        for (std::size_t i = 0; i < n; ++i, ++it) Q::template visit_row<typename Q::row_reference>(*it, next);
      });
      // MySQL reports the key of a multi-row INSERT's first row; ctql promises the last one's.
      if constexpr (!any_auto_assigned(typename Q::columns{}))
        if (r.last_insert_id != 0) r.last_insert_id += static_cast<std::int64_t>((n - 1) * server.id_increment);
      return r;
    });
  }
  template <class Dialect, class Q>
  static std::string sql_for_rows(std::size_t n) {
    return detail::render_insert_rows<Dialect, Q>(n);
  }

  static constexpr std::size_t max_batch_rows = 4096;
  static constexpr std::size_t max_placeholders = 65535;

  link link_;
  statement_cache cache_;
  std::optional<unsigned long> client_packet_limit_;
  std::optional<server_limits> limits_;

  [[noreturn, gnu::cold]] static void throw_backslash_escapes_off(std::string_view sql);
  /// acquire_statement's finish: checks the SQL when it is first prepared (check_rendered).
  struct rendered_checked {
    const session* s;
    template <class Text>
    Text operator()(Text sql) const {
      s->check_rendered(sql);
      return sql;
    }
  };
};

/// The Session of a connection whose statements are rendered for Dialect (ctql::mysql or
/// ctql::mariadb).
template <class Dialect>
class dialect_session final : public session {
 public:
  using session::session;
  /// Runs a checked statement; Args are a prepared statement's arguments.
  template <class Q, class Args>
  decltype(auto) run(Q&& q, const Args& args) {
    return run_as<Dialect>(std::forward<Q>(q), args);
  }
};

/// Raises ctql::error when the server `db` reached is not one a connection for `wanted` can talk
/// to (server_refusal says why). (Compiled once: compiled_part.hpp.)
void require_server(MYSQL* db, server_family wanted);

/// What ctql::mysql::connection and ctql::mariadb::connection are: the shared front with the
/// session for their dialect, refusing a server of the other family or too old.
template <class Dialect, server_family Family>
class connection_for : public basic_connection<Dialect, dialect_session<Dialect>> {
  using base = basic_connection<Dialect, dialect_session<Dialect>>;

 public:
  /// Takes ownership of a connected handle; keeps up to cache_capacity prepared statements.
  /// `client_max_allowed_packet`: the client's packet limit, when set lower than the server's.
  /// Raises ctql::error (and closes the handle) if the server is not one Dialect is written for.
  explicit connection_for(MYSQL* db, std::size_t cache_capacity = 256,
                          std::optional<unsigned long> client_max_allowed_packet = {})
      : base(std::make_unique<dialect_session<Dialect>>(db, cache_capacity, client_max_allowed_packet)) {
    require_server(db, Family);
  }
  /// The MYSQL handle, for what ctql does not cover.
  MYSQL* native_handle() const { return this->session().native_handle(); }
  /// Whether the connection was lost (every use then raises ctql::error; connect again).
  bool lost() const { return this->session().lost(); }
  /// Whether statements outside a transaction commit on their own (false after `SET autocommit = 0`:
  /// a pool then closes the connection when it comes back, rather than hand it to the next user).
  bool autocommits() const { return this->session().autocommits(); }
  /// What the statement cache holds: entries (at most the capacity, plus statements in use) and
  /// bytes of SQL and keys. Statements closed to stay within the capacity leave nothing behind.
  statement_cache::footprint cache_footprint() const { return this->session().cache_footprint(); }
};

}  // namespace mysql_detail

#ifndef CTQL_HEADER_ONLY
extern template class savepoint_transactions<mysql_detail::session>;  // in ctql_mysql
#endif

/// A database connection to MySQL 8.0.19+:
/// `auto db = ctql::mysql::connect("mysql://user:pw@127.0.0.1:3306/app");`. Movable; not
/// thread-safe (use one connection per thread). Results and prepared statements must not outlive
/// it. After a lost connection every use raises ctql::error: connect again. A MariaDB server is
/// refused: its connection is ctql::mariadb::connection.
class mysql::connection : public mysql_detail::connection_for<mysql, mysql_detail::server_family::mysql> {
 public:
  using connection_for::connection_for;
};

/// A database connection to MariaDB 10.5+, the MySQL connector with the MariaDB dialect:
/// `auto db = ctql::mariadb::connect("mariadb://user:pw@127.0.0.1:3306/app");`. As
/// ctql::mysql::connection; a MySQL server is refused.
class mariadb::connection : public mysql_detail::connection_for<mariadb, mysql_detail::server_family::mariadb> {
 public:
  using connection_for::connection_for;
};

}  // namespace ctql
