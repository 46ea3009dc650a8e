#pragma once
// ctql::sqlite::connection: runs ctql statements on an SQLite database.
#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "ctql/core/meta/lean_std.hpp"
#include "ctql/core/run/acquire_statement.hpp"
#include "ctql/core/run/connection.hpp"
#include "ctql/core/run/insert_batches.hpp"
#include "ctql/core/run/kept_session.hpp"
#include "ctql/core/run/statement_slot.hpp"
#include "ctql/core/run/text_arguments.hpp"
#include "ctql/ctql.hpp"
#include "ctql/sqlite/result.hpp"
#include "ctql/sqlite/statement_cache.hpp"
#include "ctql/sqlite/error.hpp"
#include "ctql/sqlite/value_binding.hpp"
#include "ctql/sqlite/value_reading.hpp"

namespace ctql {

namespace sqlite_detail {
/// Binds one value at the next placeholder.
struct bind_next {
  sqlite3_stmt* stmt;
  text_lifetime lifetime;
  int index = 0;
  template <class V>
  void operator()(const V& v) {
    bind_value(stmt, ++index, v, lifetime);
  }
  template <class V>
  void operator()(bound_copy<V> v) {
    bind_value(stmt, ++index, v.value, text_lifetime::copied);
  }
};
template <class Signature, class Args>
using binder = value_binder<Signature, Args, bind_next>;
}  // namespace sqlite_detail

namespace sqlite_detail {
/// What a connection is: the handle, its prepared statements and its transaction depth.
/// It stays at one address (connections own it through a pointer): results, prepared
/// statements and transactions refer to it.
class session : public savepoint_transactions<session>, public detail::shared_session {
 public:
  /// db.transaction(ctql::immediate): the write lock at BEGIN, not at the first write.
  static constexpr std::string_view begin_immediate = "BEGIN IMMEDIATE";

  explicit session(sqlite3* db, std::size_t cache_capacity) : db_(db), cache_(cache_capacity, db) {
    sqlite3_rollback_hook(db_, &note_rollback, this);
  }
  session(const session&) = delete;
  session& operator=(const session&) = delete;
  ~session();

  /// Runs SQL without parameters or results (several statements allowed).
  void execute(std::string_view sql);

  sqlite3* native_handle() const { return db_; }
  /// Prepared statements kept for reuse.
  std::size_t cached_statements() const { return cache_.size(); }

  /// Whether SQLite has a transaction open (it may have rolled one back after an error).
  bool in_transaction() const { return sqlite3_get_autocommit(db_) == 0; }
  /// A ctql transaction is open that SQLite has ended, and not by rolling it back (an error that rolls
  /// back, or ROLLBACK run by hand, is seen by note_rollback): COMMIT run by hand ended it.
  bool transaction_outcome_unknown() const {
    return transaction_open() && (sqlite3_get_autocommit(db_) != 0 || ended_ != ended_by::nothing) &&
           ended_ != ended_by::rollback;
  }
  /// SQL run by hand ended the ctql transaction, whether or not it began another after it.
  bool transaction_ended_by_hand() const { return transaction_open() && ended_ != ended_by::nothing; }

  /// Runs a checked statement. SelectLifetime: how a select binds text (a prepared statement's
  /// arguments and the statement itself may be gone before its rows are read, so run_prepared
  /// copies it when bound).
  template <class Q, class Args, text_lifetime SelectLifetime = text_lifetime::borrowed>
  decltype(auto) run(Q&& q, const Args& args) {
    check_transaction();
    using S = std::remove_cvref_t<Q>;
    using signature = parameter_signature<typename S::params>;
    if constexpr (is_query<S>) {
      // The result keeps the statement whose values it binds without copying them (SQLite steps
      // later): a temporary moves in, a named one is copied, since the result may outlive it (a
      // function that runs a local statement and returns its rows). A prepared statement's text is
      // copied when bound, so the result needs only a pointer to it.
      constexpr bool points = std::is_lvalue_reference_v<Q> && SelectLifetime == text_lifetime::copied;
      using owned = std::conditional_t<points, const S*, S>;
      auto bind = [&args](sqlite3_stmt* stmt, const owned& o) {
        bind_next next{stmt, SelectLifetime};
        binder<signature, Args> b{next, &args};
        if constexpr (std::is_pointer_v<owned>) ctql::visit_as<sqlite>(*o, b);
        else ctql::visit_as<sqlite>(o, b);
      };
      constexpr bool changes_rows = requires { S::uses_returning; };
      if constexpr (points) {
        auto lease = detail::acquire_statement<sqlite>(cache_, q);
        return sqlite_detail::result<typename S::row_type, owned>(detail::session_keeper(this), cache_, lease, &q, bind, changes_rows);
      } else {
        // Copied before the lease is taken: a copy that throws (a value's allocation or copy) holds
        // no statement, which would otherwise stay in use and never be reused.
        S kept(std::forward<Q>(q));
        auto lease = detail::acquire_statement<sqlite>(cache_, kept);
        return sqlite_detail::result<typename S::row_type, owned>(detail::session_keeper(this), cache_, lease, std::move(kept), bind,
                                                                  changes_rows);
      }
    } else if constexpr (is_bulk_insert<S>) {
      return run_bulk_insert(q);
    } else {
      auto lease = detail::acquire_statement<sqlite>(cache_, q);
      return execute_dml<plain_insert<S>>(lease, [&](sqlite3_stmt* stmt) {
        bind_next next{stmt, text_lifetime::borrowed};
        binder<signature, Args> b{next, &args};
        ctql::visit_as<sqlite>(q, b);
      });
    }
  }

  /// Runs a prepared statement with its arguments.
  template <class Q, class Args>
  decltype(auto) run_prepared(Q&& q, const Args& args) {
    return run<Q, Args, text_lifetime::copied>(std::forward<Q>(q), args);
  }

 private:
  template <bool PlainInsert = false, class Bind>
  exec_result execute_dml(const statement_cache::lease& lease, Bind&& bind) {
    const statement_cache::release_on_exit guard{cache_, lease};
    bind(lease->handle);
    return step_dml<PlainInsert>(lease->handle);
  }
  /// Runs a bound statement that changes rows (instantiated once for plain inserts and once for the
  /// rest, not once per statement type; inline, as it runs once per statement: out of line it cost 21
  /// instructions per insert, 0.5 % of the SQLite insert benchmark).
  template <bool PlainInsert>
  exec_result step_dml(sqlite3_stmt* stmt) {
    if constexpr (PlainInsert) {
      // A plain INSERT inserts every row it is given or fails, and sets sqlite3_changes64 even
      // when a view's INSTEAD OF trigger takes its rows (0: then no rowid of its own either).
      const int rc = sqlite3_step(stmt);
      if (rc != SQLITE_DONE && rc != SQLITE_ROW) [[unlikely]]
        sqlite_detail::throw_error(db_, "the statement failed", sqlite3_sql(stmt), rc);
      const sqlite3_int64 rows = sqlite3_changes64(db_);
      return {static_cast<std::uint64_t>(rows), rows != 0 ? sqlite3_last_insert_rowid(db_) : 0};
    } else {
      // Counted across the step, so a statement that changes no rows (DDL) reports 0, not the
      // previous statement's count.
      const sqlite3_int64 changes_before = sqlite3_total_changes64(db_);
      // The rowid is per connection and survives statements that insert nothing, so comparing it
      // before and after cannot tell a new row whose rowid happens to equal the last one (a first
      // row after DELETE, in another table). It is cleared first, so it is set exactly when the
      // statement inserts.
      const sqlite3_int64 rowid_before = sqlite3_last_insert_rowid(db_);
      sqlite3_set_last_insert_rowid(db_, 0);
      const int rc = sqlite3_step(stmt);
      // The statement's own rows (sqlite3_changes64), not a trigger's or a foreign-key cascade's;
      // and 0 for a statement that changed nothing (DDL), which sqlite3_changes64 does not reset.
      const bool changed = sqlite3_total_changes64(db_) != changes_before;
      const sqlite3_int64 rowid = sqlite3_last_insert_rowid(db_);
      if (rowid == 0) sqlite3_set_last_insert_rowid(db_, rowid_before);  // native_handle() users see no change
      if (rc != SQLITE_DONE && rc != SQLITE_ROW) [[unlikely]]
        sqlite_detail::throw_error(db_, "the statement failed", sqlite3_sql(stmt), rc);
      return {changed ? static_cast<std::uint64_t>(sqlite3_changes64(db_)) : 0, rowid};
    }
  }

  /// values(range): multi-row INSERTs of as many rows as SQLite's variable limit allows,
  /// all-or-nothing (core/run/insert_batches.hpp).
  template <class Q>
  exec_result run_bulk_insert(const Q& q) {
    constexpr std::size_t columns = Q::columns::size;
    const auto max_variables = static_cast<std::size_t>(sqlite3_limit(db_, SQLITE_LIMIT_VARIABLE_NUMBER, -1));
    const std::size_t per_batch = std::max<std::size_t>(1, std::min<std::size_t>(max_batch_rows, max_variables / columns));
    return detail::insert_in_batches(
        *this, q.rows(), [per_batch](const auto&, std::size_t, std::size_t left) { return std::min(per_batch, left); },
        [&](auto& it, std::size_t n) {
          auto lease = detail::acquire_insert_rows<sqlite, Q>(cache_, n);
          return execute_dml<plain_insert<Q>>(lease, [&](sqlite3_stmt* stmt) {
            bind_next b{stmt, text_lifetime::borrowed};
            for (std::size_t i = 0; i < n; ++i, ++it) Q::template visit_row<typename Q::row_reference>(*it, b);
          });
        });
  }

 public:
  /// Runs raw SQL, binding each ctql::arg at its `:name`.
  template <class... Columns, class... Args>
  decltype(auto) run_text(const text_statement<Columns...>& t, const Args&... args) {
    check_transaction();
    auto lease = cache_.acquire_once(std::string(t.sql));  // a one-off: preparing it costs far more
    auto bind = [&](sqlite3_stmt* stmt) {
      // SQLite numbers the distinct placeholders 1..n; a :name used twice is one.
      std::vector<std::string_view> placeholders(static_cast<std::size_t>(sqlite3_bind_parameter_count(stmt)));
      for (std::size_t i = 0; i < placeholders.size(); ++i) {
        const char* name = sqlite3_bind_parameter_name(stmt, static_cast<int>(i + 1));
        if (name == nullptr || name[0] != ':') detail::throw_unnamed_placeholder(t.sql, name != nullptr ? name : "?");
        placeholders[i] = name + 1;
      }
      detail::check_text_arguments(t.sql, placeholders, {std::string_view(Args::name)...});
      detail::bind_text_arguments(
          placeholders,
          [&](std::size_t i, const auto& value) {
            bind_value(stmt, static_cast<int>(i + 1), value, text_lifetime::copied);
          },
          args...);
    };
    if constexpr (text_statement<Columns...>::returns_rows) {
      const int columns = sqlite3_column_count(lease->handle);
      if (columns != static_cast<int>(sizeof...(Columns))) {
        cache_.release(lease);
        throw_column_count_mismatch(t.sql, static_cast<std::size_t>(columns), sizeof...(Columns), true);
      }
      return sqlite_detail::result<std::tuple<Columns...>, std::monostate>(
          detail::session_keeper(this), cache_, lease, std::monostate{}, [&](sqlite3_stmt* stmt, const std::monostate&) { bind(stmt); });
    } else {
      return execute_dml(lease, bind);
    }
  }

 private:
  static constexpr std::size_t max_batch_rows = 500;

  /// sqlite3_rollback_hook: SQLite rolled back a transaction. Inside a ctql transaction that is an
  /// error that rolls back (RAISE(ROLLBACK), a full disk) or ROLLBACK run by hand; ctql's own
  /// ROLLBACK runs once the transaction is closed on its side.
  static void note_rollback(void* self) noexcept {
    auto* s = static_cast<session*>(self);
    if (s->transaction_open() && s->ended_ == ended_by::nothing) s->ended_ = ended_by::rollback;
  }
  /// After each statement execute() runs: one that left SQLite in autocommit ended the ctql
  /// transaction, by a COMMIT if note_rollback did not see a rollback.
  void note_end_after_statement() noexcept {
    if (transaction_open() && ended_ == ended_by::nothing && sqlite3_get_autocommit(db_) != 0)
      ended_ = ended_by::other;
  }

  /// What first ended the ctql transaction since its BEGIN (execute() forgets it outside one): the
  /// later statements of `COMMIT; BEGIN; ROLLBACK` do not change what happened to it.
  enum class ended_by : unsigned char { nothing, rollback, other };

  sqlite3* db_;
  statement_cache cache_;
  ended_by ended_ = ended_by::nothing;
};
}  // namespace sqlite_detail

#ifndef CTQL_HEADER_ONLY
extern template class savepoint_transactions<sqlite_detail::session>;  // in ctql_sqlite
#endif

/// A database connection: `auto db = ctql::sqlite::connect("app.db");`. Movable; not
/// thread-safe (use one connection per thread). Results and prepared statements must not
/// outlive it.
class sqlite::connection : public basic_connection<sqlite, sqlite_detail::session> {
 public:
  /// Takes ownership of an open handle; keeps up to cache_capacity prepared statements.
  explicit connection(sqlite3* db, std::size_t cache_capacity = 256)
      : basic_connection(std::make_unique<sqlite_detail::session>(db, cache_capacity)) {}
  /// The sqlite3 handle, for what ctql does not cover.
  sqlite3* native_handle() const { return session().native_handle(); }
};

}  // namespace ctql
