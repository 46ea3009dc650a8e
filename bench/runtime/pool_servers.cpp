// W3 point lookups through ctql::pool against the same number of hand-managed connections, with 1,
// 2, 4 and 8 threads, on MariaDB and PostgreSQL (docs/engine.md). Each lookup through the pool is
// its own acquire() and give-back, as a request handler would do; pre_ping off (the default pool
// pings each idle connection it hands out: one more round trip, measured separately).
//   bench_pool_servers [lookups per thread, default 5000]     (CTQL_MYSQL_URL, CTQL_POSTGRES_URL)
// The pool's own cost, without the noise of the shared machine: one configuration, its lookups
// alone counted under `valgrind --tool=callgrind --collect-atstart=no` (scripts/bench-pool-servers):
//   bench_pool_servers one <mariadb|postgres> <direct|pool|ping|cycle> <threads> [lookups per thread]
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include <ctql/mariadb.hpp>
#include <ctql/pool.hpp>
#include <ctql/postgres.hpp>

#include "workload.hpp"

namespace {

using bench::users;
constexpr std::int64_t table_rows = 20000;

template <class Db>
void load(Db& db) {
  db.drop_all(users);
  db.create_all(users);
  const auto names = bench::make_names(static_cast<int>(table_rows));
  std::vector<std::tuple<std::string, int>> rows;
  for (std::size_t i = 0; i < names.size(); ++i) rows.emplace_back(names[i], bench::age_of(i));
  db(ctql::insert_into(users).columns(users.name, users.age).values(rows));
}

template <class Db>
std::int64_t lookups(Db& db, std::int64_t start, std::int64_t n) {
  std::int64_t check = 0;
  for (std::int64_t i = 0; i < n; ++i) {
    const std::int64_t id = (start + i * 7919) % table_rows + 1;
    auto row = db(ctql::select(users.name, users.age).from(users).where(users.id == id)).first();
    if (row) check += std::get<1>(*row);
  }
  return check;
}

template <class Work>
double timed(int threads, Work work) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> ts;
  for (int t = 0; t < threads; ++t) ts.emplace_back([&, t] { work(t); });
  for (auto& t : ts) t.join();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

template <class Dialect, class Connect>
void run(const char* name, Connect connect, std::int64_t per_thread) {
  {
    auto db = connect();
    load(db);
  }
  std::printf("%-10s %7s %12s %12s %12s %8s %8s\n", name, "threads", "direct s", "pool s", "pool+ping s",
              "ratio", "+ping");
  for (int threads : {1, 2, 4, 8}) {
    std::vector<typename Dialect::connection> direct;
    for (int t = 0; t < threads; ++t) direct.push_back(connect());
    ctql::pool<Dialect> pool(connect, {.size = static_cast<std::size_t>(threads), .max_overflow = 0, .pre_ping = false});
    ctql::pool<Dialect> pinged(connect, {.size = static_cast<std::size_t>(threads), .max_overflow = 0});
    for (auto* p : {&pool, &pinged}) {  // opened before the clock starts, as the direct ones are
      std::vector<typename ctql::pool<Dialect>::pooled> warm;
      for (int t = 0; t < threads; ++t) warm.push_back(p->acquire());
    }
    // Each thread looks up the same keys, in the same order, both ways (the start lookups() gives its i-th).
    auto through = [&](ctql::pool<Dialect>& p) {
      return timed(threads, [&](int t) {
        for (std::int64_t i = 0; i < per_thread; ++i) {
          auto db = p.acquire();
          lookups(db, t + i * 7919, 1);
        }
      });
    };
    // The fastest of 5 interleaved rounds each: the machine is shared, and noise only adds time.
    double d = 1e9, p = 1e9, pp = 1e9;
    for (int round = 0; round < 5; ++round) {
      d = std::min(d, timed(threads, [&](int t) { lookups(direct[static_cast<std::size_t>(t)], t, per_thread); }));
      p = std::min(p, through(pool));
      pp = std::min(pp, through(pinged));
    }
    std::printf("%-10s %7d %12.3f %12.3f %12.3f %8.3f %8.3f\n", name, threads, d, p, pp, p / d, pp / d);
  }
  auto db = connect();
  db.drop_all(users);
}

/// One configuration, once: `kind` is direct (connections held by the threads), pool (an
/// acquire() per lookup), ping (the same with pre_ping) or cycle (acquire() and give back alone,
/// no lookup: the pool's own cost). Only the lookups are counted by callgrind: loading,
/// connecting and warming the pool are not.
template <class Dialect, class Connect>
void run_one(Connect connect, const std::string& kind, int threads, std::int64_t per_thread) {
  {
    auto db = connect();
    load(db);
  }
  const auto size = static_cast<std::size_t>(threads);
  std::vector<typename Dialect::connection> direct;
  ctql::pool<Dialect> pool(connect, {.size = size, .max_overflow = 0, .pre_ping = kind == "ping"});
  const bool lookup = kind != "cycle";
  if (kind == "direct") {
    for (int t = 0; t < threads; ++t) direct.push_back(connect());
  } else {
    std::vector<typename ctql::pool<Dialect>::pooled> warm;
    for (int t = 0; t < threads; ++t) warm.push_back(pool.acquire());
  }
  std::atomic<std::int64_t> check{0};
  // Callgrind's collection state is each thread's own: each worker counts its lookups alone.
  const double seconds = timed(threads, [&](int t) {
    CALLGRIND_TOGGLE_COLLECT;
    if (kind == "direct") {
      check += lookups(direct[static_cast<std::size_t>(t)], t, per_thread);
    } else {
      std::int64_t sum = 0;
      for (std::int64_t i = 0; i < per_thread; ++i) {
        auto db = pool.acquire();
        if (lookup) sum += lookups(db, t + i * 7919, 1);
      }
      check += sum;
    }
    CALLGRIND_TOGGLE_COLLECT;
  });
  std::printf("%s threads=%d lookups=%lld seconds=%.6f check=%lld\n", kind.c_str(), threads,
              static_cast<long long>(per_thread) * threads, seconds, static_cast<long long>(check.load()));
  auto db = connect();
  db.drop_all(users);
}

/// Runs `mariadb(connect)` and `postgres(connect)` each in a database / schema of its own.
int with_servers(const std::function<void(std::function<ctql::mariadb::connection()>)>& mariadb,
                 const std::function<void(std::function<ctql::postgres::connection()>)>& postgres) {
  const char* my = std::getenv("CTQL_MYSQL_URL");
  const char* pg = std::getenv("CTQL_POSTGRES_URL");
  if (my == nullptr || pg == nullptr) {
    std::fputs("set CTQL_MYSQL_URL and CTQL_POSTGRES_URL\n", stderr);
    return 2;
  }
  const std::string schema = "ctql_test_poolbench_" + std::to_string(::getpid());
  std::string mariadb_url = std::string("mariadb://") + (std::string(my).substr(std::string(my).find("://") + 3));
  {
    auto db = ctql::mariadb::connect(mariadb_url);
    db.execute("CREATE DATABASE IF NOT EXISTS " + schema);
  }
  mariadb_url = mariadb_url.substr(0, mariadb_url.rfind('/') + 1) + schema;
  if (mariadb) mariadb([&] { return ctql::mariadb::connect(mariadb_url); });
  ctql::mariadb::connect(mariadb_url).execute("DROP DATABASE " + schema);

  if (postgres) {
    ctql::postgres::connect(pg).execute("CREATE SCHEMA IF NOT EXISTS " + schema);
    const std::string pg_url = std::string(pg) + "?options=-csearch_path%3D" + schema;
    postgres([&] { return ctql::postgres::connect(pg_url); });
    ctql::postgres::connect(pg).execute("DROP SCHEMA " + schema + " CASCADE");
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) try {
  if (argc > 1 && std::string(argv[1]) == "one") {
    const std::string server = argc > 2 ? argv[2] : "";
    const std::string kind = argc > 3 ? argv[3] : "";
    const int threads = argc > 4 ? std::atoi(argv[4]) : 0;
    const std::int64_t per_thread = argc > 5 ? std::atoll(argv[5]) : 5000;
    if ((server != "mariadb" && server != "postgres") ||
        (kind != "direct" && kind != "pool" && kind != "ping" && kind != "cycle") || threads < 1 || per_thread < 1) {
      std::fputs(
          "usage: bench_pool_servers one <mariadb|postgres> <direct|pool|ping|cycle> <threads> [lookups per thread]\n",
          stderr);
      return 2;
    }
    if (server == "mariadb")
      return with_servers([&](auto connect) { run_one<ctql::mariadb>(connect, kind, threads, per_thread); }, {});
    return with_servers({}, [&](auto connect) { run_one<ctql::postgres>(connect, kind, threads, per_thread); });
  }
  const std::int64_t per_thread = argc > 1 ? std::atoll(argv[1]) : 5000;
  return with_servers([&](auto connect) { run<ctql::mariadb>("MariaDB", connect, per_thread); },
                      [&](auto connect) { run<ctql::postgres>("PostgreSQL", connect, per_thread); });
} catch (const std::exception& e) {
  std::fprintf(stderr, "bench_pool_servers: %s\n", e.what());
  return 1;
}
