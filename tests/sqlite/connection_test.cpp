// SQLite specifics: a transaction SQLite rolled back on its own, NaN, BEGIN IMMEDIATE between threads.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <latch>
#include <limits>
#include <string>
#include <thread>

#include <unistd.h>

#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

namespace {
std::int64_t user_count(sqlite::connection& db) { return std::get<0>(*db(select(count()).from(users)).first()); }

/// A database file of its own, removed at the end.
struct temporary_file {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("ctql_sqlite_" + std::to_string(::getpid()) + "_" +
                                                std::to_string(reinterpret_cast<std::uintptr_t>(this)) + ".db");
  ~temporary_file() {
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  }
};
}  // namespace

TEST_CASE("SQLite: a transaction SQLite rolled back itself refuses its statements and its commit", "[sqlite][transaction]") {
  auto db = sqlite::connect(":memory:");
  db.create_all(users);
  // RAISE(ROLLBACK) ends the whole transaction, not just the statement.
  db.execute(R"(CREATE TRIGGER no_bob BEFORE INSERT ON users WHEN NEW.name = 'bob' BEGIN SELECT RAISE(ROLLBACK, 'no bob'); END)");
  {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "ann"));
    CHECK_THROWS_WITH(db(insert_into(users).set(users.name = "bob")), Catch::Contains("no bob"));
    CHECK_FALSE(db.transaction_outcome_unknown());  // SQLite said it rolled back (sqlite3_rollback_hook)
    // Run now, this insert would be committed on its own (autocommit): it must be refused.
    CHECK_THROWS_WITH(db(insert_into(users).set(users.name = "cy")), Catch::Contains("ended this transaction before commit"));
    CHECK_THROWS_WITH(db.execute("INSERT INTO users (name) VALUES ('dee')"), Catch::Contains("ended this transaction before commit"));
    CHECK_THROWS_WITH(tx.commit(), Catch::Contains("commits nothing"));
    CHECK_FALSE(tx.active());  // over: there is nothing left to roll back
  }
  // ann went with the rollback, cy and dee never ran: 0 rows. The connection works again.
  CHECK(user_count(db) == 0);
  db(insert_into(users).set(users.name = "eve"));
  CHECK(user_count(db) == 1);
}

TEST_CASE("SQLite: a transaction ended by COMMIT run by hand is of unknown outcome; by ROLLBACK, rolled back", "[sqlite][transaction]") {
  auto db = sqlite::connect(":memory:");
  db.create_all(users);
  {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "ann"));
    db.execute("COMMIT");
    CHECK(db.transaction_outcome_unknown());
    try {
      tx.commit();
      FAIL("commit() of a transaction SQL had ended went through");
    } catch (const ctql::error& e) {
      CHECK(e.transaction_outcome_unknown());
      CHECK_THAT(e.what(), Catch::Contains("whether its changes were committed is not known"));
    }
  }
  CHECK(user_count(db) == 1);  // ann, committed by hand
  {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "bob"));
    db.execute("ROLLBACK");
    CHECK_FALSE(db.transaction_outcome_unknown());  // SQLite reported the rollback
    try {
      tx.commit();
      FAIL("commit() of a rolled-back transaction went through");
    } catch (const ctql::error& e) {
      CHECK_FALSE(e.transaction_outcome_unknown());
      CHECK_THAT(e.what(), Catch::Contains("commits nothing"));
    }
  }
  CHECK(user_count(db) == 1);  // bob was rolled back
  {
    auto tx = db.transaction();  // a new transaction forgets the last one's rollback
    db(insert_into(users).set(users.name = "cy"));
    db.execute("COMMIT");
    CHECK(db.transaction_outcome_unknown());
  }
  CHECK(user_count(db) == 2);
}

TEST_CASE("SQLite: NaN is refused, not stored as NULL", "[sqlite][types]") {
  auto db = sqlite::connect(":memory:");
  db.create_all(samples);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  auto add = [&](double ratio) {
    return db(insert_into(samples).set(samples.tiny = std::int8_t{1}, samples.small = std::uint16_t{2},
                                       samples.big = std::uint64_t{3}, samples.data = ctql::blob{},
                                       samples.at = ctql::timestamp{}, samples.ratio = ratio));
  };
  CHECK_THROWS_WITH(add(nan), Catch::Contains("NaN"));
  CHECK_THROWS_WITH(db(update(samples).set(samples.weight = std::numeric_limits<float>::quiet_NaN()).unconditionally()),
                    Catch::Contains("NaN"));
  CHECK(std::get<0>(*db(select(count()).from(samples)).first()) == 0);
  // Infinity is a number SQLite stores and gives back.
  add(std::numeric_limits<double>::infinity());
  CHECK(db(select(samples.ratio).from(samples)).first() == std::tuple{std::numeric_limits<double>::infinity()});
}

TEST_CASE("SQLite: transaction(immediate) lets two threads read then write", "[sqlite][transaction]") {
  temporary_file file;
  sqlite::connect(file.path.string()).create_all(users);
  // Each thread reads the count, then inserts a row: a read-then-write transaction.
  auto read_then_write = [&](sqlite::connection& db, auto&& between) {
    auto tx = db.transaction(ctql::immediate);
    const auto n = user_count(db);
    between();
    db(insert_into(users).set(users.name = "u" + std::to_string(n)));
    tx.commit();
  };
  SECTION("immediate: the second waits for the first, both commit") {
    std::thread other([&] {
      auto db = sqlite::connect(file.path.string());
      for (int i = 0; i < 20; ++i) read_then_write(db, [] { std::this_thread::yield(); });
    });
    auto db = sqlite::connect(file.path.string());
    for (int i = 0; i < 20; ++i) read_then_write(db, [] { std::this_thread::yield(); });
    other.join();
    // 40 transactions, each saw all the rows before it: names u0..u39, each once.
    CHECK(user_count(db) == 40);
    CHECK(std::get<0>(*db(select(count()).from(users).where(users.name == "u39")).first()) == 1);
  }
  SECTION("an immediate transaction cannot be nested: a savepoint would take no lock") {
    auto db = sqlite::connect(file.path.string());
    auto outer = db.transaction();
    CHECK_THROWS_WITH(db.transaction(ctql::immediate), Catch::Contains("cannot be nested"));
    auto inner = db.transaction();  // a plain nested one is still a savepoint
    inner.commit();
    outer.commit();
  }
  SECTION("deferred: both read first, then one cannot write (what immediate is for)") {
    std::latch both_read(2);
    std::string failure;
    auto deferred = [&] {
      auto db = sqlite::connect(file.path.string());
      try {
        auto tx = db.transaction();
        (void)user_count(db);
        both_read.arrive_and_wait();
        db(insert_into(users).set(users.name = "x"));
        tx.commit();
      } catch (const ctql::error& e) {
        failure = e.what();
      }
    };
    std::thread other(deferred);
    deferred();
    other.join();
    CHECK_THAT(failure, Catch::Contains("locked"));
  }
}
