#pragma once
// Versioned schema migrations (docs/migrations.md):
//   ctql::migrations m{{1, "create users", "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)"},
//                      {2, "add email", "ALTER TABLE users ADD COLUMN email TEXT"}};
//   m.apply(db);   // each step not yet applied, in version order, once, recorded in ctql_migrations
// Not part of <ctql/ctql.hpp>: only the programs that migrate pay for it.
//
// Steps in C++: a list whose steps call ctql statements names the connection types they run on, and
// each step is compiled for each of them where the list is written (a generic lambda is instantiated
// once per type, and kept as a std::function):
//   ctql::migrations<ctql::sqlite::connection, ctql::postgres::connection> m{
//       {1, "create users", "CREATE TABLE ..."},
//       {2, "backfill", "v1", [](auto& db) { db(update(users).set(users.age = 0).where(users.age.is_null())); }}};
// A type-erased connection cannot run a ctql statement (its SQL and its bound values are templates
// over the statement type), so the list holds the types instead; an engine connection
// (<ctql/engine.hpp>) is one type that runs on every dialect.
#include <algorithm>
#include <chrono>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "ctql/core/dialect/mariadb.hpp"
#include "ctql/core/dialect/mysql.hpp"
#include "ctql/core/dialect/postgres.hpp"
#include "ctql/core/dialect/sqlite.hpp"
#include "ctql/core/error.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/run/raw_text.hpp"
#include "ctql/core/run/transaction.hpp"

namespace ctql {

/// How a dialect's database takes migrations: whether DDL can be undone by ROLLBACK, how two
/// processes that migrate at once are kept apart, and the SQL of the record table.
enum class migration_lock {
  begin_immediate,  // SQLite: each step in BEGIN IMMEDIATE (the database file's write lock)
  advisory_lock,    // PostgreSQL: pg_try_advisory_lock for the whole apply (per schema)
  get_lock,         // MySQL, MariaDB: GET_LOCK() for the whole apply (per database)
};

/// What migrations ask of a dialect tag; specialised below for the four dialects.
template <class Dialect>
struct migration_dialect;

template <>
struct migration_dialect<sqlite> {
  static constexpr bool transactional_ddl = true;
  static constexpr migration_lock lock = migration_lock::begin_immediate;
  static constexpr std::string_view create_table =
      "CREATE TABLE IF NOT EXISTS ctql_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, "
      "checksum TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP, "
      "dirty INTEGER NOT NULL DEFAULT 0)";
  static constexpr std::string_view select_records =
      "SELECT version, name, checksum, applied_at, dirty FROM ctql_migrations ORDER BY version";
  static constexpr std::string_view table_exists =
      "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'ctql_migrations'";
};

namespace detail {
/// MySQL and MariaDB: DDL commits by itself, so a step is recorded dirty before it runs.
struct mysql_family_migrations {
  static constexpr bool transactional_ddl = false;
  static constexpr migration_lock lock = migration_lock::get_lock;
  static constexpr std::string_view create_table =
      "CREATE TABLE IF NOT EXISTS ctql_migrations (version BIGINT NOT NULL PRIMARY KEY, name TEXT NOT NULL, "
      "checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, "
      "dirty SMALLINT NOT NULL DEFAULT 0) DEFAULT CHARSET = utf8mb4";
  static constexpr std::string_view select_records =
      "SELECT version, name, checksum, CAST(applied_at AS CHAR), CAST(dirty AS SIGNED) FROM ctql_migrations "
      "ORDER BY version";
  static constexpr std::string_view table_exists =
      "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND "
      "table_name = 'ctql_migrations'";
  // A lock name is at most 64 characters and the server's, not the database's: hash the database name.
  static constexpr std::string_view lock_name = "CONCAT('ctql_migrations.', MD5(COALESCE(DATABASE(), '')))";
};
}  // namespace detail

template <>
struct migration_dialect<mysql> : detail::mysql_family_migrations {};
template <>
struct migration_dialect<mariadb> : detail::mysql_family_migrations {};

template <>
struct migration_dialect<postgres> {
  static constexpr bool transactional_ddl = true;
  static constexpr migration_lock lock = migration_lock::advisory_lock;
  static constexpr std::string_view create_table =
      "CREATE TABLE IF NOT EXISTS ctql_migrations (version BIGINT NOT NULL PRIMARY KEY, name TEXT NOT NULL, "
      "checksum TEXT NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, "
      "dirty SMALLINT NOT NULL DEFAULT 0)";
  static constexpr std::string_view select_records =
      "SELECT version, name, checksum, CAST(applied_at AS TEXT), CAST(dirty AS BIGINT) FROM ctql_migrations "
      "ORDER BY version";
  static constexpr std::string_view table_exists =
      "SELECT COUNT(*) FROM (SELECT to_regclass('ctql_migrations') AS t) AS found WHERE t IS NOT NULL";
  // Advisory locks are the database's: key the lock by the schema the record table is in.
  static constexpr std::string_view lock_key = "hashtext(COALESCE(current_schema(), '') || '.ctql_migrations')";
};

/// A row of ctql_migrations (m.applied(db)), or a step still to run (m.pending(db): applied_at empty).
struct migration_record {
  std::int64_t version = 0;
  std::string name;
  std::string checksum;
  std::string applied_at;  // the database's CURRENT_TIMESTAMP when it was recorded, as text
  bool dirty = false;      // begun and not finished (MySQL, MariaDB): repair, then mark_clean or forget
};

/// `m.apply(db, {.lock_timeout = std::chrono::seconds(10)})`
struct migration_options {
  /// How long apply waits for another process's apply to end before a ctql::error.
  std::chrono::milliseconds lock_timeout{60'000};
};

namespace detail {
/// FNV-1a, 64 bits, of the text with CRLF read as LF (a checkout that changes line ends changes no step).
constexpr std::uint64_t migration_hash(std::string_view text) {
  std::uint64_t h = 14695981039346656037ull;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    h ^= static_cast<unsigned char>(text[i]);
    h *= 1099511628211ull;
  }
  return h;
}
inline std::string hex16(std::uint64_t h) {
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<std::size_t>(i)] = "0123456789abcdef"[h & 15];
  return out;
}
constexpr bool blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n\f\v;") == std::string_view::npos;
}

template <class F, class... Connections>
concept migration_code = (std::invocable<F&, Connections&> && ...) && !std::convertible_to<F, std::string_view>;

template <class F>
constexpr void code_step_without_connection_types() {
  static_assert(always_false<F>,
                "ctql: a migration step written in C++ is compiled for the connection types it runs on: name them, "
                "as in ctql::migrations<ctql::sqlite::connection> m{...} (several types, or ctql::engine_connection "
                "for any dialect, are allowed)");
}
template <class F>
constexpr void code_step_not_callable() {
  static_assert(always_false<F>,
                "ctql: a migration step written in C++ is called as step(db) with each connection type of its "
                "ctql::migrations<...>; make it a callable taking (auto& db), with a version text before it: "
                "{version, name, version text, [](auto& db) { ... }}");
}
template <class Connection>
constexpr void apply_on_other_connection() {
  static_assert(always_false<Connection>,
                "ctql: this migration list has steps in C++ compiled for other connection types; add this "
                "connection's type to ctql::migrations<...>");
}
}  // namespace detail

/// A step in SQL whose texts are known at compile time: a list of them in a `static constexpr`
/// array is checked by `static_assert(ctql::migrations_in_order<steps>())`, and `ctql::migrations m(steps);`
struct sql_migration {
  std::int64_t version;
  std::string_view name;
  std::string_view sql;
};

namespace detail {
enum class list_problem { none, not_positive, no_sql, repeated, decreasing, gap };
/// What is wrong with the step at `i` of a list, given its version, whether it has SQL (or is
/// code), and the version of the step before it.
constexpr list_problem step_problem(std::size_t i, std::int64_t version, bool has_sql, std::int64_t before) {
  if (version < 1) return list_problem::not_positive;
  if (!has_sql) return list_problem::no_sql;
  if (i == 0) return list_problem::none;
  if (version == before) return list_problem::repeated;
  if (version < before) return list_problem::decreasing;
  if (version - before != 1) return list_problem::gap;  // version is the greater: no overflow
  return list_problem::none;
}
/// The first mistake of a compile-time list, and the version of the step it is at.
struct list_verdict {
  list_problem problem = list_problem::none;
  std::int64_t version = 0;
};
template <std::size_t N>
constexpr list_verdict first_list_problem(const sql_migration (&steps)[N]) {
  for (std::size_t i = 0; i < N; ++i) {
    const list_problem p = step_problem(i, steps[i].version, !blank(steps[i].sql), i == 0 ? 0 : steps[i - 1].version);
    if (p != list_problem::none) return {p, steps[i].version};
  }
  return {};
}
}  // namespace detail

/// Names the step a message of migrations_in_order is about, by its version: `[with Step =
/// ctql::migration_version<3>]` (g++) or `always_false<ctql::migration_version<3>>` (clang) beside it.
template <std::int64_t Version>
struct migration_version {};

// The messages of migrations_in_order<steps>(), each at the user's static_assert.
template <class Step>
constexpr void migration_version_below_1() {
  static_assert(always_false<Step>,
                "ctql: migrations_in_order: a step's version is below 1; versions are whole numbers from 1 up "
                "(migration_version<V> next to this message is the step's version)");
}
template <class Step>
constexpr void migration_without_sql() {
  static_assert(always_false<Step>,
                "ctql: migrations_in_order: a step has no SQL (empty, or only blanks and ;); give it its statements, "
                "or remove the step (migration_version<V> next to this message is its version)");
}
template <class Step>
constexpr void migration_version_repeated() {
  static_assert(always_false<Step>,
                "ctql: migrations_in_order: two steps have the same version; each version is given once "
                "(migration_version<V> next to this message is the repeated version)");
}
template <class Step>
constexpr void migration_versions_go_down() {
  static_assert(always_false<Step>,
                "ctql: migrations_in_order: a step's version is below the one before it; list the steps by "
                "increasing version (migration_version<V> next to this message is the step's version)");
}
template <class Step>
constexpr void migration_versions_have_a_gap() {
  static_assert(always_false<Step>,
                "ctql: migrations_in_order: a version is missing before this step; versions go up by one, without "
                "gaps, and a removed step keeps its number with its SQL (migration_version<V> next to this message is the step after the gap)");
}

/// `static_assert(ctql::migrations_in_order<steps>());` over a `static constexpr ctql::sql_migration
/// steps[]`: a version below 1, a step without SQL, a repeated, decreasing or skipped version stops
/// the build with one `ctql:` message naming the step's version.
template <const auto& Steps>
consteval bool migrations_in_order() {
  constexpr detail::list_verdict verdict = detail::first_list_problem(Steps);
  using step = migration_version<verdict.version>;
  if constexpr (verdict.problem == detail::list_problem::not_positive) migration_version_below_1<step>();
  else if constexpr (verdict.problem == detail::list_problem::no_sql) migration_without_sql<step>();
  else if constexpr (verdict.problem == detail::list_problem::repeated) migration_version_repeated<step>();
  else if constexpr (verdict.problem == detail::list_problem::decreasing) migration_versions_go_down<step>();
  else if constexpr (verdict.problem == detail::list_problem::gap) migration_versions_have_a_gap<step>();
  return true;  // a mistake has stopped the build with its message: no second error from the static_assert
}

/// One step of a migration list: SQL text, or C++ code with a version text of its own.
/// `{1, "create users", "CREATE TABLE users (...)"}`, `{3, "backfill", "v1", [](auto& db) { ... }}`
template <class... Connections>
class migration_step {
 public:
  /// A step in SQL; its checksum is the text's. Several statements separated by `;` are allowed
  /// (every connector runs SQL text as the database's multi-statement form).
  migration_step(std::int64_t version, std::string name, std::string_view sql)
      : version_(version), name_(std::move(name)), sql_(sql), checksum_(detail::hex16(detail::migration_hash(sql_))) {}
  migration_step(std::int64_t version, std::string name, const char* sql)
      : migration_step(version, std::move(name), std::string_view(sql == nullptr ? "" : sql)) {}

  /// A step in C++; its checksum is its name's and its version text's (change the text when the
  /// code changes what it does: the code itself cannot be checksummed).
  template <class F>
  migration_step(std::int64_t version, std::string name, std::string code_version, F code)
      : version_(version), name_(std::move(name)), code_version_(std::move(code_version)), is_code_(true) {
    if constexpr (sizeof...(Connections) == 0) {
      detail::code_step_without_connection_types<F>();
    } else if constexpr (!detail::migration_code<F, Connections...>) {
      detail::code_step_not_callable<F>();
    } else {
      code_ = std::tuple<std::function<void(Connections&)>...>(std::function<void(Connections&)>(code)...);
    }
    checksum_ = detail::hex16(detail::migration_hash("code:" + name_ + "\n" + code_version_));
  }
  /// A step in C++ without a version text: its checksum is its name's alone.
  template <class F>
    requires(!std::convertible_to<F, std::string_view>)
  migration_step(std::int64_t version, std::string name, F code)
      : migration_step(version, std::move(name), std::string(), std::move(code)) {}

  std::int64_t version() const noexcept { return version_; }
  const std::string& name() const noexcept { return name_; }
  const std::string& sql() const noexcept { return sql_; }
  const std::string& checksum() const noexcept { return checksum_; }
  bool is_code() const noexcept { return is_code_; }

  /// Runs the step on `db`, whose type is (or derives from) one of Connections.
  template <class Connection>
  void run_code(Connection& db) const {
    run_code_at<0>(db);
  }

 private:
  template <std::size_t I, class Connection>
  void run_code_at(Connection& db) const {
    if constexpr (I == sizeof...(Connections)) {
      (void)db;  // apply() has refused a connection of another type at compile time
    } else {
      using C = std::tuple_element_t<I, std::tuple<Connections...>>;
      if constexpr (std::derived_from<Connection, C>) std::get<I>(code_)(static_cast<C&>(db));
      else run_code_at<I + 1>(db);
    }
  }

  std::int64_t version_;
  std::string name_;
  std::string sql_;
  std::string code_version_;
  std::string checksum_;
  bool is_code_ = false;
  std::tuple<std::function<void(Connections&)>...> code_;
};

/// An ordered list of versioned steps, applied each once and recorded in the table ctql_migrations.
/// `ctql::migrations m{{1, "create users", "CREATE TABLE ..."}, {2, "add email", "ALTER TABLE ..."}}; m.apply(db);`
template <class... Connections>
class migrations {
 public:
  using step = migration_step<Connections...>;
  migrations(std::initializer_list<step> steps) : steps_(steps) {}
  /// Steps made at run time (SQL read from files, say): `ctql::migrations<> m(std::move(steps));`
  explicit migrations(std::vector<step> steps) : steps_(std::move(steps)) {}
  /// Steps of a `static constexpr ctql::sql_migration steps[]` (see migrations_in_order<steps>()).
  template <std::size_t N>
  explicit migrations(const sql_migration (&steps)[N]) {
    steps_.reserve(N);
    for (const auto& s : steps) steps_.push_back(step(s.version, std::string(s.name), s.sql));
  }

  const std::vector<step>& steps() const noexcept { return steps_; }

  /// Applies every step the database has not recorded, in version order; returns how many ran.
  /// Refuses (a ctql::error naming the step, before running anything) versions that do not go up
  /// by one from step to step, a step with no SQL, an applied step whose checksum changed, a step
  /// recorded dirty, and versions the database has but the list has not.
  template <class Connection>
  std::size_t apply(Connection& db, migration_options options = {}) const {
    if constexpr (sizeof...(Connections) != 0 && !(std::derived_from<Connection, Connections> || ...)) {
      detail::apply_on_other_connection<Connection>();
      return 0;
    } else {
      check_list();
      return on_connection(db, [&](auto& inner) -> std::size_t { return apply_on(inner, db, options); });
    }
  }

  /// Throws what apply would refuse, without running or recording anything (for a start-up or CI check).
  template <class Connection>
  void check(Connection& db) const {
    check_list();
    check_records(applied(db));
  }

  /// The rows of ctql_migrations, by version (none if the table does not exist yet).
  template <class Connection>
  std::vector<migration_record> applied(Connection& db) const {
    return on_connection(db, [&](auto& inner) { return read_records_if_any(inner); });
  }

  /// The steps of the list the database has not recorded, in version order.
  template <class Connection>
  std::vector<migration_record> pending(Connection& db) const {
    check_list();
    const auto records = applied(db);
    std::vector<migration_record> out;
    for (const step& s : steps_)
      if (find(records, s.version()) == nullptr) out.push_back({s.version(), s.name(), s.checksum(), {}, false});
    return out;
  }

  /// Repair after a step failed half-way on MySQL/MariaDB (recorded dirty): you have finished
  /// its work by hand, so record it as applied, with the checksum of the step as the list has it.
  template <class Connection>
  void mark_clean(Connection& db, std::int64_t version) const {
    const step& s = dirty_step(db, version, "mark_clean");
    on_connection(db, [&](auto& inner) {
      inner(text<>("UPDATE ctql_migrations SET dirty = 0, checksum = :checksum, name = :name WHERE version = :version"),
            arg<"checksum">(s.checksum()), arg<"name">(s.name()), arg<"version">(version));
      return 0;
    });
  }
  /// The other repair: you have undone what the failed step did, so forget its record and the
  /// next apply runs it again.
  template <class Connection>
  void forget(Connection& db, std::int64_t version) const {
    dirty_step(db, version, "forget");
    on_connection(db, [&](auto& inner) {
      inner(text<>("DELETE FROM ctql_migrations WHERE version = :version"), arg<"version">(version));
      return 0;
    });
  }

 private:
  static std::string label(std::int64_t version, std::string_view name) {
    return "migration " + std::to_string(version) + " \"" + std::string(name) + "\"";
  }
  static const migration_record* find(const std::vector<migration_record>& records, std::int64_t version) {
    for (const auto& r : records)
      if (r.version == version) return &r;
    return nullptr;
  }
  const step* find_step(std::int64_t version) const {
    for (const auto& s : steps_)
      if (s.version() == version) return &s;
    return nullptr;
  }

  /// An engine connection runs on the connection of its URL's dialect (the bookkeeping needs the
  /// dialect at compile time); any other connection is its own.
  template <class Connection, class F>
  static decltype(auto) on_connection(Connection& db, F&& f) {
    if constexpr (requires { typename Connection::dialect; }) {
      return f(db);
    } else {
      return db.visit([&](auto& inner) { return f(inner); });
    }
  }

  void check_list() const {
    for (std::size_t i = 0; i < steps_.size(); ++i) {
      const step& s = steps_[i];
      const step& before = steps_[i == 0 ? 0 : i - 1];
      const std::string which = label(s.version(), s.name());
      switch (detail::step_problem(i, s.version(), s.is_code() || !detail::blank(s.sql()), before.version())) {
        case detail::list_problem::none: break;
        case detail::list_problem::not_positive: throw error(which + ": versions are numbers from 1 up");
        case detail::list_problem::no_sql:
          throw error(which + " has no SQL: give it its statements, or remove the step");
        case detail::list_problem::repeated:
          throw error(which + " has the version of " + label(before.version(), before.name()) +
                      ": each version is given once");
        case detail::list_problem::decreasing:
          throw error(which + " comes after " + label(before.version(), before.name()) +
                      ": list the steps by increasing version");
        case detail::list_problem::gap:
          throw error(which + " follows " + label(before.version(), before.name()) +
                      ": versions go up by one, without gaps (" + std::to_string(before.version() + 1) +
                      " is missing)");
      }
    }
  }

  /// What the database's records say against the list: the first problem is a ctql::error.
  void check_records(const std::vector<migration_record>& records) const {
    for (const auto& r : records) {
      if (r.dirty)
        throw error(label(r.version, r.name) +
                    " is recorded dirty: it began and did not finish (MySQL and MariaDB cannot roll back DDL, so "
                    "part of it may have run). Look at what it changed and repair the database by hand, then call "
                    "m.mark_clean(db, " + std::to_string(r.version) + ") if the step's work is now all done, or "
                    "m.forget(db, " + std::to_string(r.version) + ") if none of it is left, so that apply runs it again");
      const step* s = find_step(r.version);
      if (s == nullptr)
        throw error("the database has applied " + label(r.version, r.name) +
                    ", which this program's migration list does not have: the database is newer than the program "
                    "(run a newer build), or the step was removed from the list (put it back)");
      if (s->checksum() != r.checksum)
        throw error(label(r.version, s->name()) + " has changed since it was applied (checksum " + r.checksum +
                    " recorded, " + s->checksum() + " now" +
                    (s->is_code() ? std::string(", from its name and version text") : std::string()) +
                    "): an applied step must stay as it was; restore it and add a new step for the change");
    }
  }

  template <class Inner>
  std::vector<migration_record> read_records(Inner& db) const {
    using D = migration_dialect<typename Inner::dialect>;
    std::vector<migration_record> out;
    for (auto [version, name, checksum, at, dirty] :
         db(text<std::int64_t, std::string, std::string, std::string, std::int64_t>(D::select_records)))
      out.push_back({version, std::move(name), std::move(checksum), std::move(at), dirty != 0});
    return out;
  }
  template <class Inner>
  std::vector<migration_record> read_records_if_any(Inner& db) const {
    using D = migration_dialect<typename Inner::dialect>;
    const auto found = db(text<std::int64_t>(D::table_exists)).first();
    if (!found || std::get<0>(*found) == 0) return {};
    return read_records(db);
  }

  /// The first step the records lack (null if none), after the records are checked.
  const step* next_step(const std::vector<migration_record>& records) const {
    check_records(records);
    for (const step& s : steps_)
      if (find(records, s.version()) == nullptr) return &s;
    return nullptr;
  }

  template <class Inner, class Outer>
  static void run_step(const step& s, Inner& db, Outer& code_db) {
    if (s.is_code()) s.run_code(code_db);
    else db.execute(s.sql());
  }
  template <class Inner>
  static void record(Inner& db, const step& s, bool dirty) {
    db(text<>("INSERT INTO ctql_migrations (version, name, checksum, dirty) VALUES (:version, :name, :checksum, :dirty)"),
       arg<"version">(s.version()), arg<"name">(s.name()), arg<"checksum">(s.checksum()),
       arg<"dirty">(std::int64_t{dirty ? 1 : 0}));
  }

  /// Runs `work`; a failure becomes a ctql::error that names the step (the database's own words kept).
  template <class Work>
  static void naming_step(const step& s, std::string_view outcome, Work&& work) {
    try {
      work();
    } catch (const error& e) {
      // The database's words and the SQL stay in their places; ctql's own message (a lost
      // connection, say) is kept in the text.
      if (!e.database_message().empty())
        throw error(label(s.version(), s.name()) + " failed" + std::string(outcome), e.sql(), e.database_message(),
                    e.code(), e.sqlstate());
      std::string_view said = e.what();
      if (said.starts_with("ctql: ")) said.remove_prefix(6);
      throw error(label(s.version(), s.name()) + " failed" + std::string(outcome) + ": " + std::string(said), {}, {},
                  e.code(), e.sqlstate());
    } catch (const std::exception& e) {
      throw error(label(s.version(), s.name()) + " failed" + std::string(outcome) + ": " + e.what());
    }
  }

  /// A step and its record in one transaction (SQLite, PostgreSQL).
  template <class Inner, class Outer, class Transaction>
  static void run_in_transaction(const step& s, Inner& db, Outer& code_db, Transaction& tx) {
    naming_step(s, ", and was rolled back", [&] { run_step(s, db, code_db); });
    // A COMMIT or ROLLBACK in the step's own SQL ends its transaction: the connector then refuses
    // any statement (it does not run one outside the transaction it believes open). A connection
    // that answers once that transaction is forgotten was not lost: the step ended it.
    bool open = true;
    try {
      db.execute("SELECT 1");
    } catch (const error&) {
      open = false;
    }
    if (!open) {
      bool answers = false;
      try {
        tx.rollback();
        db.execute("SELECT 1");
        answers = true;
      } catch (const error&) {
        // Lost, then: said below.
      }
      if (!answers)
        throw error(label(s.version(), s.name()) + " ran, but the connection was lost before it was recorded "
                    "(its transaction did not commit)");
      throw error(label(s.version(), s.name()) +
                  " ended the transaction it runs in (a COMMIT or ROLLBACK in its SQL), or left it unusable (a "
                  "failed statement it caught): what it did before may be committed, and it is not recorded; check "
                  "the database, and take transaction statements out of the step");
    }
    naming_step(s, ", and was rolled back", [&] {
      record(db, s, false);
      tx.commit();
    });
  }

  template <class Inner, class Outer>
  std::size_t apply_on(Inner& db, Outer& code_db, const migration_options& options) const {
    using D = migration_dialect<typename Inner::dialect>;
    if (db.in_transaction())
      throw error("migrations::apply runs each step in a transaction of its own; call it outside a transaction");
    std::size_t count = 0;
    if constexpr (D::lock == migration_lock::begin_immediate) {
      // The write lock of each step's transaction keeps another process out; the records are read
      // again under it, so a step another process has just applied is not run twice.
      for (bool first = true;; first = false) {
        auto tx = begin_immediate(db, std::chrono::steady_clock::now() + options.lock_timeout, options);
        if (first) db.execute(D::create_table);
        const step* s = next_step(read_records(db));
        if (s == nullptr) {
          tx.commit();
          return count;
        }
        run_in_transaction(*s, db, code_db, tx);
        ++count;
      }
    } else {
      lock_guard<Inner> held(db, std::chrono::steady_clock::now() + options.lock_timeout, options);
      db.execute(D::create_table);
      while (const step* s = next_step(read_records(db))) {
        if constexpr (D::transactional_ddl) {
          auto tx = db.transaction();
          run_in_transaction(*s, db, code_db, tx);
        } else {
          // DDL commits by itself here: recorded dirty first, so a step that stops half-way is seen.
          record(db, *s, true);
          naming_step(*s,
                      " part-way; it stays recorded dirty (MySQL and MariaDB cannot roll back DDL): repair the "
                      "database by hand, then call m.mark_clean(db, " + std::to_string(s->version()) +
                          ") or m.forget(db, " + std::to_string(s->version()) + ")",
                      [&] { run_step(*s, db, code_db); });
          db(text<>("UPDATE ctql_migrations SET dirty = 0 WHERE version = :version"), arg<"version">(s->version()));
        }
        ++count;
      }
      held.release();
      return count;
    }
  }

  /// SQLite's BEGIN IMMEDIATE, waiting for another connection's write until the deadline (the
  /// connection's busy timeout set to what is left of it, and set back after).
  template <class Inner>
  static auto begin_immediate(Inner& db, std::chrono::steady_clock::time_point deadline,
                              const migration_options& options) {
    constexpr int sqlite_busy = 5;  // SQLITE_BUSY; extended codes keep it in the low byte
    const auto before = std::get<0>(*db(text<std::int64_t>("PRAGMA busy_timeout")).first());
    struct restore {
      Inner& db;
      std::int64_t ms;
      ~restore() {
        try {
          db.execute("PRAGMA busy_timeout = " + std::to_string(ms));
        } catch (...) {
          // A setting of this connection only; nothing to undo if even this fails.
        }
      }
    } restored{db, before};
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    db.execute("PRAGMA busy_timeout = " + std::to_string(std::max<std::int64_t>(1, left.count())));
    try {
      return db.transaction(immediate);
    } catch (const error& e) {
      if ((e.code() & 0xff) == sqlite_busy) throw lock_timeout(options);
      throw;
    }
  }
  static error lock_timeout(const migration_options& options) {
    return error("migrations::apply waited " + std::to_string(options.lock_timeout.count()) +
                 " ms for another process's apply to end (it holds the migration lock); try again, or give a "
                 "longer migration_options::lock_timeout");
  }

  /// The lock of PostgreSQL (pg_try_advisory_lock) and MySQL/MariaDB (GET_LOCK), held by the
  /// session until release() or the guard's end; a lost connection frees it on the server.
  template <class Inner>
  class lock_guard {
    using D = migration_dialect<typename Inner::dialect>;

   public:
    lock_guard(Inner& db, std::chrono::steady_clock::time_point deadline, const migration_options& options)
        : db_(db) {
      if constexpr (D::lock == migration_lock::advisory_lock) {
        const std::string sql =
            "SELECT CAST(CASE WHEN pg_try_advisory_lock(" + std::string(D::lock_key) + ") THEN 1 ELSE 0 END AS BIGINT)";
        while (std::get<0>(*db(text<std::int64_t>(sql)).first()) == 0) {
          if (std::chrono::steady_clock::now() >= deadline) throw lock_timeout(options);
          std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
      } else {
        const auto seconds = std::max<std::int64_t>(
            0, std::chrono::ceil<std::chrono::seconds>(deadline - std::chrono::steady_clock::now()).count());
        const std::string sql =
            "SELECT GET_LOCK(" + std::string(D::lock_name) + ", " + std::to_string(seconds) + ")";
        const auto got = db(text<std::optional<std::int64_t>>(sql)).first();
        if (!got || !std::get<0>(*got) || *std::get<0>(*got) != 1) throw lock_timeout(options);
      }
      held_ = true;
    }
    lock_guard(const lock_guard&) = delete;
    lock_guard& operator=(const lock_guard&) = delete;
    ~lock_guard() {
      try {
        release();
      } catch (...) {
        // The connection is lost or broken: the server frees the lock with the session.
      }
    }
    void release() {
      if (!held_) return;
      held_ = false;
      if (db_.in_transaction()) return;  // a failed step's transaction, which its guard ends first
      if constexpr (D::lock == migration_lock::advisory_lock)
        db_.execute("SELECT pg_advisory_unlock(" + std::string(D::lock_key) + ")");
      else
        db_.execute("SELECT RELEASE_LOCK(" + std::string(D::lock_name) + ")");
    }

   private:
    Inner& db_;
    bool held_ = false;
  };

  template <class Connection>
  const step& dirty_step(Connection& db, std::int64_t version, std::string_view what) const {
    const step* s = find_step(version);
    if (s == nullptr)
      throw error("m." + std::string(what) + "(db, " + std::to_string(version) +
                  "): the migration list has no step with that version");
    const auto records = applied(db);
    const migration_record* r = find(records, version);
    if (r == nullptr || !r->dirty)
      throw error("m." + std::string(what) + "(db, " + std::to_string(version) + "): " + label(version, s->name()) +
                  (r == nullptr ? " is not recorded" : " is recorded applied, not dirty") +
                  "; only a step recorded dirty is repaired this way");
    return *s;
  }

  std::vector<step> steps_;
};

}  // namespace ctql
