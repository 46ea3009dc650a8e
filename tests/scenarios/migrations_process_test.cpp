// Migrations against other processes and lost connections: two processes that apply at once run
// each step once between them (fork(): a real second process with its own connection, on SQLite
// with a database file, MariaDB and PostgreSQL); a lock held elsewhere makes apply wait, then fail
// clearly; a connection killed in the middle of a step leaves that step unrecorded (or dirty on MariaDB).
#include <catch2/catch.hpp>

#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "scenarios/migrations_support.hpp"

using namespace test;
using namespace std::chrono_literals;

namespace {
using versions = std::vector<std::int64_t>;

/// A SQLite database file in a directory of its own, removed at the end.
struct sqlite_file {
  std::filesystem::path dir;
  sqlite_file() {
    char name[] = "/tmp/ctql_migrations_XXXXXX";
    REQUIRE(::mkdtemp(name) != nullptr);
    dir = name;
  }
  ~sqlite_file() { std::filesystem::remove_all(dir); }
  std::string path() const { return (dir / "app.db").string(); }
};

/// Each backend's way to reach, from another process, the database this process tests in.
struct sqlite_in_file {
  static constexpr const char* name = "SQLite file";
  using connection = ctql::sqlite::connection;
  static inline std::string path;
  static connection connect() { return ctql::sqlite::connect(path); }
};
#ifdef CTQL_TEST_MYSQL
struct mariadb_database {
  static constexpr const char* name = "MariaDB";
  using connection = ctql::mariadb::connection;
  // The first call (in the parent) fixes the database: a child's calls use the parent's.
  static connection connect() { return mysql_connect(); }
};
#endif
#ifdef CTQL_TEST_POSTGRES
struct postgres_schema {
  static constexpr const char* name = "PostgreSQL";
  using connection = ctql::postgres::connection;
  static connection connect() { return postgres_connect(); }  // the parent's schema, as above
};
#endif

using process_backends = std::tuple<sqlite_in_file
#ifdef CTQL_TEST_MYSQL
                                    , mariadb_database
#endif
#ifdef CTQL_TEST_POSTGRES
                                    , postgres_schema
#endif
                                    >;

/// Writes one byte, or reads one waiting at most `ms` (false on timeout or end).
void send(int fd, char c) { (void)!::write(fd, &c, 1); }
std::optional<char> receive(int fd, int ms) {
  pollfd p{fd, POLLIN, 0};
  if (::poll(&p, 1, ms) != 1) return std::nullopt;
  char c = 0;
  if (::read(fd, &c, 1) != 1) return std::nullopt;
  return c;
}

/// Waits up to `limit` for the child; kills it after that. Its exit code, or -1.
int wait_for(pid_t child, std::chrono::milliseconds limit) {
  const auto end = std::chrono::steady_clock::now() + limit;
  int status = 0;
  while (::waitpid(child, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() >= end) {
      ::kill(child, SIGKILL);
      ::waitpid(child, &status, 0);
      return -1;
    }
    std::this_thread::sleep_for(10ms);
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/// The race's steps: step 2 takes 400 ms, so that the second process comes while the first holds the
/// lock. mig_log gets one row per run of steps 2 and 3: two rows for a step that ran twice.
template <class Connection>
ctql::migrations<Connection> race_steps() {
  return {{1, "log", "CREATE TABLE mig_log (step INTEGER NOT NULL)"},
          {2, "slow", "v1",
           [](auto& db) {
             std::this_thread::sleep_for(400ms);
             db.execute("INSERT INTO mig_log (step) VALUES (2)");
           }},
          {3, "last", "INSERT INTO mig_log (step) VALUES (3)"}};
}
}  // namespace

TEMPLATE_LIST_TEST_CASE("two processes that apply at once run each step once", "[scenario][migrations][process]",
                        process_backends) {
  std::optional<sqlite_file> file;
  if constexpr (std::is_same_v<TestType, sqlite_in_file>) {
    file.emplace();
    sqlite_in_file::path = file->path();
  }
  auto db = TestType::connect();  // in the parent first: it fixes the database the child uses
  drop_migration_tables(db);
  const auto steps = race_steps<typename TestType::connection>();

  int ready[2], go[2];
  REQUIRE(::pipe(ready) == 0);
  REQUIRE(::pipe(go) == 0);
  std::fflush(nullptr);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    // The second process: its own connection; _exit, so that no destructor of the parent's runs here.
    int code = 100;
    try {
      auto own = TestType::connect();
      send(ready[1], 'r');
      if (receive(go[0], 5000)) code = static_cast<int>(steps.apply(own));  // 0..3
    } catch (const ctql::error& e) {
      std::fprintf(stderr, "child: %s\n", e.what());
      code = 50;
    } catch (...) {
      code = 51;
    }
    ::_exit(code);
  }
  REQUIRE(receive(ready[0], 5000) == 'r');
  send(go[1], 'g');
  const std::size_t mine = steps.apply(db);
  const int theirs = wait_for(child, 15s);
  for (int fd : {ready[0], ready[1], go[0], go[1]}) ::close(fd);
  REQUIRE(theirs >= 0);
  REQUIRE(theirs <= 3);  // the child applied some steps and did not fail
  // Between them, the 3 steps ran once each: mine + theirs is 3, and mig_log holds steps 2 and 3 once.
  CHECK(mine + static_cast<std::size_t>(theirs) == 3);
  CHECK(db(ctql::text<std::int64_t>("SELECT step FROM mig_log ORDER BY step")).all() ==
        std::vector<std::tuple<std::int64_t>>{{2}, {3}});
  CHECK(recorded_versions(db) == versions{1, 2, 3});
  CHECK(steps.apply(db) == 0);
}

TEMPLATE_LIST_TEST_CASE("a migration lock held elsewhere makes apply wait, then fail clearly",
                        "[scenario][migrations][process]", process_backends) {
  std::optional<sqlite_file> file;
  if constexpr (std::is_same_v<TestType, sqlite_in_file>) {
    file.emplace();
    sqlite_in_file::path = file->path();
  }
  auto db = TestType::connect();
  drop_migration_tables(db);
  auto other = TestType::connect();
  const std::string_view backend = TestType::name;
  // The other connection takes what apply takes: the write lock, the advisory lock, GET_LOCK.
  if (backend == "SQLite file") other.execute("BEGIN IMMEDIATE");
  else if (backend == "PostgreSQL")
    other.execute("SELECT pg_advisory_lock(hashtext(COALESCE(current_schema(), '') || '.ctql_migrations'))");
  else other.execute("SELECT GET_LOCK(CONCAT('ctql_migrations.', MD5(COALESCE(DATABASE(), ''))), 0)");
  ctql::migrations m{{1, "log", "CREATE TABLE mig_log (step INTEGER NOT NULL)"}};
  const auto start = std::chrono::steady_clock::now();
  std::string said;
  try {
    m.apply(db, {.lock_timeout = 300ms});
  } catch (const ctql::error& e) {
    said = e.what();
  }
  const auto waited = std::chrono::steady_clock::now() - start;
  CHECK_THAT(said, Catch::Contains("waited 300 ms for another process's apply to end"));
  CHECK(waited >= 250ms);   // it waited (MariaDB: whole seconds, so 1 s)
  CHECK(waited < 2500ms);   // and no longer than that
  // Once the other lets go, apply goes ahead.
  if (backend == "SQLite file") other.execute("ROLLBACK");
  else if (backend == "PostgreSQL")
    other.execute("SELECT pg_advisory_unlock(hashtext(COALESCE(current_schema(), '') || '.ctql_migrations'))");
  else other.execute("SELECT RELEASE_LOCK(CONCAT('ctql_migrations.', MD5(COALESCE(DATABASE(), ''))))");
  CHECK(m.apply(db) == 1);
}

#ifdef CTQL_TEST_POSTGRES
TEST_CASE("PostgreSQL: a connection killed in the middle of a step leaves it unrecorded", "[scenario][migrations]") {
  auto db = postgres_connect();
  drop_migration_tables(db);
  auto killer = postgres_connect();
  using connection = ctql::postgres::connection;
  ctql::migrations<connection> m{
      {1, "people", "CREATE TABLE mig_people (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL)"},
      {2, "lost", "v1", [&killer](connection& c) {
         c.execute("CREATE TABLE mig_half (x INTEGER)");
         const auto pid = std::get<0>(*c(ctql::text<std::int64_t>("SELECT CAST(pg_backend_pid() AS BIGINT)")).first());
         killer(ctql::text<bool>("SELECT pg_terminate_backend(CAST(:pid AS INTEGER))"), ctql::arg<"pid">(pid));
         c.execute("INSERT INTO mig_half (x) VALUES (1)");
       }}};
  std::string said;
  try {
    m.apply(db);
  } catch (const ctql::error& e) {
    said = e.what();
  }
  CHECK_THAT(said, Catch::Contains("migration 2 \"lost\" failed"));
  // Step 1 recorded; step 2 neither recorded nor left behind; the lock went with the session.
  auto fresh = postgres_connect();
  CHECK(recorded_versions(fresh) == versions{1});
  CHECK_FALSE(table_exists(fresh, "mig_half"));
  ctql::migrations<connection> healed{
      {1, "people", "CREATE TABLE mig_people (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL)"},
      {2, "lost", "v1", [](connection& c) { c.execute("CREATE TABLE mig_half (x INTEGER)"); }}};
  CHECK(healed.apply(fresh, {.lock_timeout = 2s}) == 1);
  CHECK(table_exists(fresh, "mig_half"));
}
#endif

#ifdef CTQL_TEST_MYSQL
TEST_CASE("MariaDB: a connection killed in the middle of a step leaves it dirty", "[scenario][migrations]") {
  auto db = mysql_connect();
  drop_migration_tables(db);
  auto killer = mysql_connect();
  using connection = ctql::mariadb::connection;
  ctql::migrations<connection> m{
      {1, "people", "CREATE TABLE mig_people (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL)"},
      {2, "lost", "v1", [&killer](connection& c) {
         c.execute("CREATE TABLE mig_half (x INTEGER)");
         const auto id = std::get<0>(*c(ctql::text<std::int64_t>("SELECT CONNECTION_ID()")).first());
         killer.execute("KILL " + std::to_string(id));
         c.execute("INSERT INTO mig_half (x) VALUES (1)");
       }}};
  std::string said;
  try {
    m.apply(db);
  } catch (const ctql::error& e) {
    said = e.what();
  }
  CHECK_THAT(said, Catch::Contains("migration 2 \"lost\" failed part-way; it stays recorded dirty"));
  // Not recorded as applied: dirty, and the next apply (on a new connection: the lock went with the
  // killed session, so it does not wait) says how to repair.
  auto fresh = mysql_connect();
  CHECK(recorded_versions(fresh) == versions{1, 2});
  CHECK(dirty_versions(fresh) == versions{2});
  std::string again;
  try {
    m.apply(fresh, {.lock_timeout = 2s});
  } catch (const ctql::error& e) {
    again = e.what();
  }
  CHECK_THAT(again, Catch::Contains("migration 2 \"lost\" is recorded dirty"));
}
#endif
