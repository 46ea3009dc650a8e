#pragma once
// `auto engine = ctql::create_engine("postgresql://...");  auto db = engine.connect();  db(q);`:
// the database chosen from a URL at run time. Each statement is compiled for every dialect the
// engine holds (SQLite, MySQL, MariaDB, PostgreSQL: its SQL exists for each at compile time, and a
// statement one of them refuses fails to compile with that dialect's ctql: message); the engine runs
// the one its URL names. Target ctql::engine (all three connectors). docs/engine.md.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <new>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "ctql/core/error.hpp"
#include "ctql/core/run/exec_result.hpp"
#include "ctql/core/run/echo.hpp"
#include "ctql/core/run/pool.hpp"
#include "ctql/core/run/statement_event.hpp"
#include "ctql/mariadb.hpp"
#include "ctql/mysql.hpp"
#include "ctql/orm/crud.hpp"
#include "ctql/postgres.hpp"
#include "ctql/sqlite.hpp"

namespace ctql {

/// `create_engine(url, {.pool = {.size = 8}, .echo = true})`
struct engine_options {
  pool_options pool{};
  /// Every statement of every connection, with its time and rows, to std::clog (ctql::echo()).
  bool echo = false;
};

namespace engine_detail {
template <class... Ds>
struct dialects {
  using pools = std::variant<pool<Ds>...>;
  using connections = std::variant<typename pool<Ds>::pooled...>;
};
using all = dialects<sqlite, mysql, mariadb, postgres>;

/// The rows of a select run through an engine: the connector's own result, built in place (results
/// do not move), and reached through the index of the dialect that ran it.
template <class... Results>
class rows {
  template <std::size_t I>
  using nth = std::tuple_element_t<I, std::tuple<Results...>>;
  static constexpr std::size_t count = sizeof...(Results);

 public:
  using row_type = typename nth<0>::row_type;

  class iterator {
   public:
    using value_type = row_type;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    template <std::size_t I, class It>
    iterator(std::in_place_index_t<I> at, It it) : it_(at, std::move(it)) {}
    row_type operator*() const {
      return std::visit([](const auto& it) -> row_type { return *it; }, it_);
    }
    iterator& operator++() {
      std::visit([](auto& it) { ++it; }, it_);
      return *this;
    }
    void operator++(int) { ++*this; }
    friend bool operator==(const iterator& i, std::default_sentinel_t) {
      return std::visit([](const auto& it) { return it == std::default_sentinel; }, i.it_);
    }

   private:
    std::variant<decltype(std::declval<Results&>().begin())...> it_;
  };

  /// Runs `run(connection)` on the connection `v` holds, keeping the result it gives.
  template <class Connections, class Run>
  rows(Connections& v, Run& run) {
    build<0>(v, run);
  }
  rows(const rows&) = delete;
  rows& operator=(const rows&) = delete;
  ~rows() {
    with([](auto& r) {
      using R = std::remove_reference_t<decltype(r)>;
      r.~R();
    });
  }

  iterator begin() { return begin_at<0>(); }
  std::default_sentinel_t end() const { return {}; }
  std::optional<row_type> first() {
    return with([](auto& r) { return r.first(); });
  }
  std::vector<row_type> all() {
    return with([](auto& r) { return r.all(); });
  }
  template <class T>
  std::vector<T> as() {
    return with([](auto& r) { return r.template as<T>(); });
  }

 private:
  template <std::size_t I, class Connections, class Run>
  void build(Connections& v, Run& run) {
    if (v.index() == I) {
      ::new (static_cast<void*>(storage_)) nth<I>(run(std::get<I>(v)));  // the prvalue, in place
      index_ = I;
      return;
    }
    if constexpr (I + 1 < count) build<I + 1>(v, run);
  }
  template <std::size_t I>
  iterator begin_at() {
    if constexpr (I + 1 < count) {
      if (index_ != I) return begin_at<I + 1>();
    }
    return iterator(std::in_place_index<I>, std::launder(reinterpret_cast<nth<I>*>(storage_))->begin());
  }
  template <std::size_t I = 0, class F>
  decltype(auto) with(F&& f) {
    if constexpr (I + 1 == count) {
      return f(*std::launder(reinterpret_cast<nth<I>*>(storage_)));
    } else {
      if (index_ == I) return f(*std::launder(reinterpret_cast<nth<I>*>(storage_)));
      return with<I + 1>(f);
    }
  }

  alignas(Results...) unsigned char storage_[std::max({sizeof(Results)...})];
  std::size_t index_ = 0;
};

template <class T>
inline constexpr bool is_result_rows = requires(T& t) { t.first(); };

/// What `run(c)` gives on each connection of `v`: one exec_result (or nothing) for all, or rows.
template <class Connections, class Run, std::size_t... I>
decltype(auto) run_on(Connections& v, Run&& run, std::index_sequence<I...>) {
  using first = decltype(run(std::get<0>(v)));
  if constexpr (is_result_rows<std::remove_cvref_t<first>>) {
    return rows<decltype(run(std::get<I>(v)))...>(v, run);
  } else {
    return std::visit([&](auto& c) -> first { return run(c); }, v);
  }
}
template <class Connections, class Run>
decltype(auto) run_on(Connections& v, Run&& run) {
  return run_on(v, run, std::make_index_sequence<std::variant_size_v<Connections>>{});
}
}  // namespace engine_detail

/// A transaction of an engine connection: `auto tx = db.transaction(); ...; tx.commit();`.
class engine_transaction {
 public:
  template <class T>
  explicit engine_transaction(T t) : tx_(std::move(t)) {}
  void commit() {
    std::visit([](auto& t) { t.commit(); }, tx_);
  }
  void rollback() {
    std::visit([](auto& t) { t.rollback(); }, tx_);
  }
  bool active() const noexcept {
    return std::visit([](const auto& t) { return t.active(); }, tx_);
  }
  bool outcome_unknown() const {
    return std::visit([](const auto& t) { return t.outcome_unknown(); }, tx_);
  }

 private:
  std::variant<transaction<sqlite_detail::session>, transaction<mysql_detail::dialect_session<mysql>>,
               transaction<mysql_detail::dialect_session<mariadb>>, transaction<postgres_detail::session>>
      tx_;
};

/// A prepared statement of an engine connection: `auto find = db.prepare(q); find(18);`.
template <class Prepared>
class engine_prepared {
 public:
  template <class P>
  explicit engine_prepared(std::in_place_t, P p) : p_(std::move(p)) {}
  template <class... Args>
  decltype(auto) operator()(const Args&... args) {
    return engine_detail::run_on(p_, [&](auto& p) -> decltype(auto) { return p(args...); });
  }

 private:
  Prepared p_;
};

/// A connection from an engine's pool: runs what a connection runs, on the dialect of the URL;
/// goes back to the pool when it goes out of scope. One thread at a time.
class engine_connection {
  using connections = engine_detail::all::connections;

 public:
  explicit engine_connection(connections c) : c_(std::move(c)) {}

  /// `db(q)`: an exec_result, or rows (first(), all(), as<T>(), a range).
  template <class Q>
  decltype(auto) operator()(Q&& q) {
    return engine_detail::run_on(c_, [&](auto& c) -> decltype(auto) { return c(q); });
  }
  template <class Text, class Arg, class... Args>
  decltype(auto) operator()(const Text& t, const Arg& a, const Args&... args) {
    return engine_detail::run_on(c_, [&](auto& c) -> decltype(auto) { return c(t, a, args...); });
  }
  template <class Q>
  auto prepare(Q q) {
    using prepared = std::variant<decltype(std::declval<typename pool<sqlite>::pooled&>().prepare(q)),
                                  decltype(std::declval<typename pool<mysql>::pooled&>().prepare(q)),
                                  decltype(std::declval<typename pool<mariadb>::pooled&>().prepare(q)),
                                  decltype(std::declval<typename pool<postgres>::pooled&>().prepare(q))>;
    return std::visit(
        [&](auto& c) { return engine_prepared<prepared>(std::in_place, prepared(c.prepare(q))); }, c_);
  }
  engine_transaction transaction() {
    return std::visit([](auto& c) { return engine_transaction(c.transaction()); }, c_);
  }
  template <class... Tables>
  void create_all(const Tables&... tables) {
    std::visit([&](auto& c) { c.create_all(tables...); }, c_);
  }
  template <class... Tables>
  void drop_all(const Tables&... tables) {
    std::visit([&](auto& c) { c.drop_all(tables...); }, c_);
  }
  /// `db.verify_schema(users, posts)` (with <ctql/schema.hpp>): the catalog of the URL's database,
  /// compared with what create_all makes in its dialect (ctql::schema_differences(db, ...) too).
  template <class... Tables>
  void verify_schema(const Tables&... tables) {
    std::visit([&](auto& c) { c.verify_schema(tables...); }, c_);
  }
  void execute(std::string_view sql) {
    std::visit([&](auto& c) { c.execute(sql); }, c_);
  }
  template <class T>
  void insert(T& object) {
    std::visit([&](auto& c) { c.insert(object); }, c_);
  }
  template <class Range>
  void insert_all(Range&& objects) {
    std::visit([&](auto& c) { c.insert_all(objects); }, c_);
  }
  template <class T, class... Keys>
  std::optional<T> get(const Keys&... keys) {
    return std::visit([&](auto& c) { return c.template get<T>(keys...); }, c_);
  }
  template <class T>
  void update(const T& object) {
    std::visit([&](auto& c) { c.update(object); }, c_);
  }
  template <class T>
  void merge(T& object) {
    std::visit([&](auto& c) { c.merge(object); }, c_);
  }
  template <class T>
  bool remove(const T& object) {
    return std::visit([&](auto& c) { return c.remove(object); }, c_);
  }
  /// `db.query<User>().where(users.age >= 18).all()`: the select of T's columns, run through this
  /// connection (for every dialect, as db(q) is).
  template <class T>
  auto query() {
    return orm_detail::query<T>(*this);
  }
  void on_statement(statement_observer observer) {
    auto shared = observer ? std::make_shared<const statement_observer>(std::move(observer)) : nullptr;
    std::visit([&](auto& c) { c.on_statement(shared); }, c_);
  }
  std::size_t cached_statements() const {
    return std::visit([](const auto& c) { return c.cached_statements(); }, c_);
  }
  /// Whether a transaction is open: one begun by transaction() (a session's too), or by SQL run by hand.
  bool in_transaction() const {
    return std::visit([](const auto& c) { return c.in_transaction(); }, c_);
  }
  /// Whether a transaction begun by transaction() is open but the database ended it without saying
  /// how (SQL run by hand), so its changes may or may not have been committed.
  bool transaction_outcome_unknown() const {
    return std::visit([](const auto& c) { return c.transaction_outcome_unknown(); }, c_);
  }
  /// The ctql::session with work in a transaction on this connection, or null: `ctql::session(db)`
  /// on an engine connection (orm/session.hpp) notes itself in the dialect's connection's state.
  const void*& unit_of_work_owner() {
    return std::visit([](auto& c) -> const void*& { return c.unit_of_work_owner(); }, c_);
  }
  /// `db.visit([](auto& c) { c.native_handle(); })`: `f` called with the dialect's own pooled
  /// connection, for what takes a connection of a known dialect; `f` is compiled for every dialect.
  /// (`ctql::session(db)` takes the engine connection itself: its flushes visit.)
  template <class F>
  decltype(auto) visit(F&& f) {
    return std::visit(std::forward<F>(f), c_);
  }
  /// Which dialect runs: "sqlite", "mysql", "mariadb" or "postgres".
  std::string_view dialect_name() const { return names[c_.index()]; }

 private:
  static constexpr std::string_view names[] = {"sqlite", "mysql", "mariadb", "postgres"};
  connections c_;
};

/// `ctql::create_engine(url)`: a pool of connections to the database the URL names. Copies share it.
class engine {
  using pools = engine_detail::all::pools;

 public:
  explicit engine(pools p) : pools_(std::move(p)) {}
  /// A connection from the pool (thread-safe).
  engine_connection connect() {
    return std::visit(
        [](auto& p) {
          return engine_connection(engine_detail::all::connections(std::in_place_type<typename std::remove_reference_t<decltype(p)>::pooled>, p.acquire()));
        },
        pools_);
  }
  /// Sees every statement of the engine's connections (from their next connect()).
  void on_statement(statement_observer observer) {
    std::visit([&](auto& p) { p.on_statement(observer); }, pools_);
  }
  std::string_view dialect_name() const {
    static constexpr std::string_view names[] = {"sqlite", "mysql", "mariadb", "postgres"};
    return names[pools_.index()];
  }

 private:
  pools pools_;
};

namespace engine_detail {
/// A name no other engine of this process has (a counter alone would repeat in each shared
/// library that has its own copy of this inline function).
inline std::string unique_name() {
  static std::atomic<std::uint64_t> made{0};
  static const std::uint64_t process = (std::uint64_t{std::random_device{}()} << 32) ^ std::random_device{}();
  return std::to_string(process) + "_" + std::to_string(made.fetch_add(1));
}
}  // namespace engine_detail

/// `sqlite:///path/app.db` (a file), `sqlite://` (an in-memory database: one connection, shared
/// one user at a time), `mysql://...`, `mariadb://...`, `postgresql://...` (or `postgres://`).
inline engine create_engine(std::string_view url, engine_options options = {}) {
  auto with_echo = [&](auto p) {
    if (options.echo) p.on_statement(echo());
    return engine(engine_detail::all::pools(std::move(p)));
  };
  if (url == "sqlite://" || url == "sqlite:///:memory:") {
    // A named in-memory database that a connection of the engine's keeps: the pool may close the
    // one it hands out (a result outlived it), and a :memory: database would go with it.
    const std::string name = "file:/ctql_memory_" + engine_detail::unique_name() + "?vfs=memdb";
    auto keeper = std::make_shared<const sqlite::connection>(sqlite::connect(name));
    pool_options one = options.pool;
    one.size = 1;
    one.max_overflow = 0;
    return with_echo(pool<sqlite>([name, keeper] { return sqlite::connect(name); }, one));
  }
  if (url.starts_with("sqlite:///")) {
    const std::string_view path = url.substr(10);
    // Each pooled connection would open a database of its own, and lose it when closed.
    if (path.empty() || path.starts_with(":memory:") ||
        (path.starts_with("file:") && (path.find(":memory:") != path.npos || path.find("mode=memory") != path.npos)))
      throw error("create_engine: sqlite:///" + std::string(path) + " names no file that the pool's connections share (" +
                  (path.empty() ? "the path is empty" : "each connection would open an in-memory database of its own") +
                  "); give a file path, sqlite:///path/app.db, or sqlite:// for one in-memory database");
    return with_echo(pool<sqlite>(std::string(path), options.pool));
  }
  if (url.starts_with("mysql://")) return with_echo(pool<mysql>(std::string(url), options.pool));
  if (url.starts_with("mariadb://")) return with_echo(pool<mariadb>(std::string(url), options.pool));
  if (url.starts_with("postgresql://") || url.starts_with("postgres://"))
    return with_echo(pool<postgres>(std::string(url), options.pool));
  // Only the scheme is shown: the rest may hold a password, also in a URL without "://".
  const std::string_view scheme = url.substr(0, url.find(':'));
  const bool named = !scheme.empty() && scheme.size() < url.size() &&
                     scheme.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789+.-") == scheme.npos;
  throw error("create_engine takes sqlite:///path, sqlite:// (memory), mysql://, mariadb:// or postgresql:// URLs, "
              "not " + (named ? std::string(scheme) + ":..." : std::string("a URL without one of those schemes")));
}

}  // namespace ctql
