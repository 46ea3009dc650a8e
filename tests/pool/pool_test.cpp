// ctql::pool on MariaDB and PostgreSQL: many threads, each transaction's effect exactly once, the
// size bound kept, a killed server connection replaced, the acquire timeout.
// Built when both server connectors are (ctql::engine exists): the tests need their servers.
#if defined(CTQL_TEST_MYSQL) && defined(CTQL_TEST_POSTGRES)
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include <ctql/pool.hpp>

#include "scenarios/backends.hpp"

using namespace std::chrono_literals;

namespace {
struct ledger_t : ctql::table<ledger_t, "pool_ledger"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"amount", std::int64_t> amount;
};
inline constexpr ledger_t ledger{};

/// Transactions per thread: CTQL_POOL_TRANSACTIONS, default 500 (8 x 10,000 is the figure;
/// run it by setting the variable, it is minutes on a 2-core machine).
std::int64_t per_thread() {
  const char* n = std::getenv("CTQL_POOL_TRANSACTIONS");
  return n != nullptr ? std::atoll(n) : 500;
}

struct mariadb_side {
  using dialect = ctql::mariadb;
  static auto connect() { return test::mysql_connect(); }
  /// Kills one other connection of this test process's database; whether it found one.
  static bool kill_one(ctql::mariadb::connection& db) {
    auto victim = db(ctql::text<std::int64_t>("SELECT id FROM information_schema.processlist WHERE db = :db AND "
                                              "id <> CONNECTION_ID() AND command <> 'Killed' LIMIT 1"),
                     ctql::arg<"db">(test::mysql_test_database()))
                      .first();
    if (!victim) return false;
    db.execute("KILL CONNECTION " + std::to_string(std::get<0>(*victim)));
    return true;
  }
  template <class Db>
  static std::int64_t backend(Db& db) {
    return std::get<0>(*db(ctql::text<std::int64_t>("SELECT CONNECTION_ID()")).first());
  }
};
struct postgres_side {
  using dialect = ctql::postgres;
  static auto connect() {
    auto db = test::postgres_connect();
    db.execute("SET application_name = 'ctql_pool_" + std::to_string(::getpid()) + "'");
    return db;
  }
  static bool kill_one(ctql::postgres::connection& db) {
    auto killed = db(ctql::text<bool>("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = "
                                      ":app AND pid <> pg_backend_pid() LIMIT 1"),
                     ctql::arg<"app">("ctql_pool_" + std::to_string(::getpid())))
                      .first();
    return killed && std::get<0>(*killed);
  }
  template <class Db>
  static std::int64_t backend(Db& db) {
    return std::get<0>(*db(ctql::text<std::int32_t>("SELECT pg_backend_pid()")).first());
  }
};
using sides = std::tuple<mariadb_side, postgres_side>;
}  // namespace

TEMPLATE_LIST_TEST_CASE("8 threads through a pool of 4 + 2: each transaction once, a killed connection replaced",
                        "[pool]", sides) {
  auto setup = TestType::connect();
  setup.drop_all(ledger);
  setup.create_all(ledger);
  ctql::pool<typename TestType::dialect> pool([] { return TestType::connect(); },
                                              {.size = 4, .max_overflow = 2, .timeout = 10s});
  constexpr int threads = 8;
  const std::int64_t n = per_thread();
  std::atomic<std::int64_t> done{0};
  std::atomic<int> errors{0};
  std::atomic<bool> killed{false};
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t)
    workers.emplace_back([&, t] {
      for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t key = t * n + i + 1;
        for (int attempt = 0;; ++attempt) {
          try {
            auto db = pool.acquire();
            auto tx = db.transaction();
            // A retry after a lost COMMIT may find its row already there: the key makes it once.
            if (!db(ctql::select(ledger.id).from(ledger).where(ledger.id == key)).first())
              db(ctql::insert_into(ledger).set(ledger.id = key, ledger.amount = key));
            tx.commit();
            break;
          } catch (const ctql::error&) {
            ++errors;  // only the kill provokes these
            if (attempt == 3) throw;
          }
        }
        ++done;
      }
    });
  // Halfway through, a server connection of the pool is killed from a second connection.
  while (done < threads * n / 2) std::this_thread::sleep_for(1ms);
  killed = TestType::kill_one(setup);
  for (auto& w : workers) w.join();
  CHECK(killed);
  CHECK(pool.peak() <= 6);  // size 4 + overflow 2, never more
  // Keys 1..K with K = 8n, each once: count K, sum K(K+1)/2.
  const std::int64_t k = threads * n;
  auto [count, sum] = *setup(ctql::select(ctql::count(), ctql::sum(ledger.amount)).from(ledger)).first();
  CHECK(count == k);
  CHECK(sum == std::optional<std::int64_t>(k * (k + 1) / 2));
  // The kill fails at most the statements in flight on that one connection (each retried).
  CHECK(errors <= 2);
  INFO("provoked errors: " << errors);
  setup.drop_all(ledger);
}

TEMPLATE_LIST_TEST_CASE("acquire times out on an exhausted pool, saying size, in use and wait", "[pool]", sides) {
  ctql::pool<typename TestType::dialect> pool([] { return TestType::connect(); },
                                              {.size = 1, .max_overflow = 1, .timeout = 100ms});
  auto a = pool.acquire();
  auto b = pool.acquire();
  const auto started = std::chrono::steady_clock::now();
  try {
    auto c = pool.acquire();
    FAIL("a third connection from a pool of 1 + 1");
  } catch (const ctql::error& e) {
    const std::string what = e.what();
    CHECK(what.find("size 1 + max_overflow 1, 2 in use, waited 1") != std::string::npos);
  }
  CHECK(std::chrono::steady_clock::now() - started >= 100ms);
  // One given back: the next acquire gets it at once.
  { auto gone = std::move(b); }
  auto c = pool.acquire();
  CHECK(pool.in_use() == 2);
}

TEMPLATE_LIST_TEST_CASE("a connection comes back rolled back, keeps its statements, and a broken one is replaced",
                        "[pool]", sides) {
  auto setup = TestType::connect();
  setup.drop_all(ledger);
  setup.create_all(ledger);
  ctql::pool<typename TestType::dialect> pool([] { return TestType::connect(); }, {.size = 1, .max_overflow = 0});
  {
    auto db = pool.acquire();
    db.execute("BEGIN");  // by hand, and never ended
    db(ctql::insert_into(ledger).set(ledger.id = 1, ledger.amount = 10));
    auto find = db.prepare(ctql::select(ledger.amount).from(ledger).where(ledger.id == ctql::param<"id">));
    CHECK(find(1).first().has_value());
  }
  {
    auto db = pool.acquire();  // the same connection: rolled back, the row is gone
    CHECK_FALSE(db.in_transaction());
    CHECK(std::get<0>(*db(ctql::select(ctql::count()).from(ledger)).first()) == 0);
    CHECK(db.cached_statements() >= 1);  // the prepared select is still prepared
    CHECK(TestType::kill_one(setup));    // killed while idle in the pool...
  }
  std::this_thread::sleep_for(100ms);
  auto db = pool.acquire();  // ...found broken by the pre-ping, replaced
  CHECK(std::get<0>(*db(ctql::select(ctql::count()).from(ledger)).first()) == 0);
  CHECK(pool.open() == 1);
  setup.drop_all(ledger);
}

TEST_CASE("a MariaDB connection given back with autocommit off is closed, not handed to the next user", "[pool]") {
  auto setup = mariadb_side::connect();
  setup.drop_all(ledger);
  setup.create_all(ledger);
  ctql::pool<ctql::mariadb> pool([] { return mariadb_side::connect(); }, {.size = 1, .max_overflow = 0});
  std::int64_t first_backend = 0;
  {
    auto db = pool.acquire();
    first_backend = mariadb_side::backend(db);
    db.execute("SET autocommit = 0");  // by hand, and never undone
    CHECK_FALSE(db.autocommits());
  }
  {
    auto db = pool.acquire();  // a new connection: the old one would keep the next insert uncommitted
    CHECK(mariadb_side::backend(db) != first_backend);
    CHECK(db.autocommits());
    db(ctql::insert_into(ledger).set(ledger.id = 1, ledger.amount = 42));
  }
  // By hand: the insert ran outside any transaction on a connection that commits each statement, so
  // a connection of its own sees it (with the old one it was rolled back when given back: 0 rows).
  CHECK(std::get<0>(*setup(ctql::select(ctql::count()).from(ledger)).first()) == 1);
  setup.drop_all(ledger);
}

TEMPLATE_LIST_TEST_CASE("recycle replaces an old connection; one still shared by a prepared statement is not reused",
                        "[pool]", sides) {
  ctql::pool<typename TestType::dialect> pool([] { return TestType::connect(); },
                                              {.size = 1, .max_overflow = 0, .recycle = 1s});
  std::int64_t first = 0;
  {
    auto db = pool.acquire();
    first = TestType::backend(db);
  }
  {
    auto db = pool.acquire();  // young: the same server connection
    CHECK(TestType::backend(db) == first);
  }
  std::this_thread::sleep_for(1100ms);
  std::int64_t second = 0;
  {
    auto db = pool.acquire();  // past recycle: a new one
    second = TestType::backend(db);
    CHECK(second != first);
  }
  std::optional<decltype(pool.acquire().prepare(ctql::select(ctql::count()).from(ledger)))> kept;
  {
    auto db = pool.acquire();
    CHECK(TestType::backend(db) == second);
    kept.emplace(db.prepare(ctql::select(ctql::count()).from(ledger)));
  }  // given back while `kept` still runs on it: closed, not reused
  auto db = pool.acquire();
  CHECK(TestType::backend(db) != second);
  CHECK(pool.open() == 1);
}

#endif  // CTQL_TEST_MYSQL && CTQL_TEST_POSTGRES
