// SQL run by hand that ends a ctql transaction: what became of it is told by what ended it first,
// and a transaction begun by hand after it is not taken for it (found by hostile testing).
// Expected values worked out by hand in the comments: which rows the database holds follows from
// the order the statements ran in, not from what ctql says.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <type_traits>

#include "scenarios/backends.hpp"

using namespace test;
using namespace ctql;

namespace {
template <class Db>
std::int64_t user_count(Db& db) {
  return std::get<0>(*db(select(count()).from(users)).first());
}
/// Runs `f`, which must raise a ctql::error; gives whether it said the outcome is not known.
template <class F>
bool outcome_unknown_of_failure(F&& f) {
  try {
    f();
  } catch (const ctql::error& e) {
    return e.transaction_outcome_unknown();
  }
  FAIL("it went through");
  return false;
}
}  // namespace

TEMPLATE_LIST_TEST_CASE("COMMIT; BEGIN; ROLLBACK run by hand: the transaction was committed, so its outcome is not reported as a rollback", "[scenario][transaction][hostile]", direct_backends) {
  auto db = TestType::connect();
  {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "ann"));
    // COMMIT commits ann; BEGIN opens a transaction of the user's, which ROLLBACK ends, empty.
    db.execute("COMMIT; BEGIN; ROLLBACK");
    CHECK(db.transaction_outcome_unknown());  // the last statement was a ROLLBACK, not the first end
    CHECK(outcome_unknown_of_failure([&] { tx.commit(); }));
  }
  CHECK_FALSE(db.in_transaction());
  CHECK(user_count(db) == 1);  // ann: committed by the hand COMMIT
}

TEMPLATE_LIST_TEST_CASE("COMMIT; ROLLBACK run by hand: committed; the ROLLBACK had no transaction left", "[scenario][transaction][hostile]", direct_backends) {
  auto db = TestType::connect();
  {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "ann"));
    if constexpr (std::is_same_v<typename TestType::dialect, ctql::sqlite>) {
      // SQLite refuses a ROLLBACK outside a transaction; the COMMIT before it has run.
      CHECK_THROWS_WITH(db.execute("COMMIT; ROLLBACK"), Catch::Contains("no transaction is active"));
    } else {
      db.execute("COMMIT; ROLLBACK");  // the servers warn, and go on
    }
    CHECK(outcome_unknown_of_failure([&] { tx.commit(); }));
  }
  CHECK(user_count(db) == 1);  // ann
}

TEMPLATE_LIST_TEST_CASE("ROLLBACK; BEGIN run by hand: the statements after it are refused, and the guard rolls back the transaction begun by hand", "[scenario][transaction][hostile]", direct_backends) {
  auto db = TestType::connect();
  {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "ann"));
    db.execute("ROLLBACK; BEGIN");  // ann is rolled back; a transaction of the user's is open
    CHECK(db.in_transaction());     // the server has one open, but not the guard's
    // Run now, bob would be written in a transaction the guard does not hold, and its commit would
    // report success for a transaction that lost ann.
    CHECK_THROWS_AS(db(insert_into(users).set(users.name = "bob")), ctql::error);
    CHECK_THROWS_AS(tx.commit(), ctql::error);
  }
  CHECK_FALSE(db.in_transaction());  // the guard's rollback ended the one begun by hand too
  CHECK(user_count(db) == 0);        // ann rolled back, bob never ran
  db(insert_into(users).set(users.name = "cy"));  // the connection works on
  CHECK(user_count(db) == 1);
}

TEMPLATE_LIST_TEST_CASE("COMMIT run by hand inside a nested transaction: the outer guard's commit says its outcome is not known too", "[scenario][transaction][hostile]", direct_backends) {
  auto db = TestType::connect();
  {
    auto outer = db.transaction();
    {
      auto inner = db.transaction();
      db(insert_into(users).set(users.name = "ann"));
      db.execute("COMMIT");  // commits ann, and ends both levels
      CHECK(outcome_unknown_of_failure([&] { inner.commit(); }));
    }
    CHECK(outcome_unknown_of_failure([&] { outer.commit(); }));  // the same transaction, the same answer
  }
  CHECK(user_count(db) == 1);  // ann
  {
    auto outer = db.transaction();  // a new transaction starts with nothing unknown
    db(insert_into(users).set(users.name = "bob"));
    outer.commit();
  }
  CHECK(user_count(db) == 2);
}

TEMPLATE_LIST_TEST_CASE("COMMIT then a failing statement in one execute(): committed, not reported as rolled back", "[scenario][transaction][hostile]", direct_backends) {
  auto db = TestType::connect();
  {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "ann"));
    CHECK_THROWS_WITH(db.execute("COMMIT; SELECT * FROM no_such_table"), Catch::Contains("no_such_table"));
    CHECK(outcome_unknown_of_failure([&] { db(insert_into(users).set(users.name = "bob")); }));
    CHECK(outcome_unknown_of_failure([&] { tx.commit(); }));
  }
  CHECK(user_count(db) == 1);  // ann, committed before the SELECT failed; bob never ran
}

TEMPLATE_LIST_TEST_CASE("a statement that ends the transaction and begins another: AND CHAIN, and MySQL's BEGIN", "[scenario][transaction][hostile]", direct_backends) {
  if constexpr (!std::is_same_v<typename TestType::dialect, ctql::sqlite>) {  // SQLite has neither
    auto db = TestType::connect();
    {
      auto tx = db.transaction();
      db(insert_into(users).set(users.name = "ann"));
      db.execute("COMMIT AND CHAIN");  // ann committed; a new transaction, of the same kind, is open
      CHECK(db.in_transaction());
      CHECK(outcome_unknown_of_failure([&] { db(insert_into(users).set(users.name = "bob")); }));
      CHECK(outcome_unknown_of_failure([&] { tx.commit(); }));
    }
    CHECK_FALSE(db.in_transaction());  // the chained transaction went with the guard
    CHECK(user_count(db) == 1);        // ann
    {
      auto tx = db.transaction();
      db(insert_into(users).set(users.name = "cy"));
      db.execute("ROLLBACK AND CHAIN");  // cy rolled back; a new transaction is open
      // The servers cannot be asked which of ROLLBACK and COMMIT MySQL ran; PostgreSQL's tag says so.
      CHECK_THROWS_AS(db(insert_into(users).set(users.name = "dee")), ctql::error);
      CHECK_THROWS_AS(tx.commit(), ctql::error);
    }
    CHECK_FALSE(db.in_transaction());
    CHECK(user_count(db) == 1);  // still only ann: cy rolled back, dee never ran
    if constexpr (!std::is_same_v<typename TestType::dialect, ctql::postgres>) {
      // MySQL and MariaDB: BEGIN inside a transaction commits it and begins another.
      {
        auto tx = db.transaction();
        db(insert_into(users).set(users.name = "eve"));
        db.execute("BEGIN");
        CHECK(outcome_unknown_of_failure([&] { db(insert_into(users).set(users.name = "fay")); }));
      }
      CHECK_FALSE(db.in_transaction());
      CHECK(user_count(db) == 2);  // ann and eve (committed by BEGIN); fay never ran
    }
  }
}

TEMPLATE_LIST_TEST_CASE("db.transaction() refuses to begin inside a transaction begun by hand", "[scenario][transaction][hostile]", direct_backends) {
  auto db = TestType::connect();
  db.execute("BEGIN");
  db(insert_into(users).set(users.name = "ann"));  // in the transaction begun by hand
  // PostgreSQL would only warn at the guard's BEGIN, and its rollback would take ann along; MySQL's BEGIN
  // would commit her behind the user's back.
  CHECK_THROWS_WITH(db.transaction(), Catch::Contains("begun outside ctql"));
  db.execute("ROLLBACK");  // the user's own decision
  CHECK(user_count(db) == 0);
}

TEMPLATE_LIST_TEST_CASE("transaction statements run by hand are found behind comments: /* c */ ROLLBACK AND CHAIN, MySQL's /* c */ BEGIN", "[scenario][transaction][hostile]", direct_backends) {
  if constexpr (!std::is_same_v<typename TestType::dialect, ctql::sqlite>) {
    auto db = TestType::connect();
    {
      auto tx = db.transaction();
      db(insert_into(users).set(users.name = "ann"));
      db.execute("/* c */ ROLLBACK AND CHAIN");  // ann rolled back; a new transaction open
      CHECK_THROWS_AS(db(insert_into(users).set(users.name = "bob")), ctql::error);  // not in the new one
      CHECK_THROWS_AS(tx.commit(), ctql::error);
    }
    CHECK_FALSE(db.in_transaction());
    CHECK(user_count(db) == 0);  // ann rolled back, bob never ran
    if constexpr (!std::is_same_v<typename TestType::dialect, ctql::postgres>) {
      {
        auto tx = db.transaction();
        db(insert_into(users).set(users.name = "cy"));
        db.execute("# start\n/*!BEGIN */");  // MySQL reads the executable comment: cy committed
        CHECK(outcome_unknown_of_failure([&] { tx.commit(); }));
      }
      CHECK(user_count(db) == 1);  // cy
      {
        auto tx = db.transaction();
        db(insert_into(users).set(users.name = "dee"));
        db(text<>("COMMIT AND CHAIN"));  // through a text statement too: dee committed
        CHECK(outcome_unknown_of_failure([&] { db(insert_into(users).set(users.name = "eve")); }));
      }
      CHECK(user_count(db) == 2);  // cy and dee; eve never ran
    }
  }
}

TEMPLATE_LIST_TEST_CASE("SQL run by hand that keeps the transaction open is not taken for an end: savepoints, comments, quoted words", "[scenario][transaction][hostile]", direct_backends) {
  auto db = TestType::connect();
  {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "ann"));
    db.execute("SAVEPOINT a");
    db(insert_into(users).set(users.name = "undone"));
    db.execute("ROLLBACK TO SAVEPOINT a -- ; commit later");  // a savepoint's rollback; a comment
    db.execute("INSERT INTO users (name) VALUES ('b; commit it')");
    db.execute("SELECT 1 -- ; rollback all");
    if constexpr (std::is_same_v<typename TestType::dialect, ctql::postgres>) {
      db.execute("SAVEPOINT b");
      db.execute("ROLLBACK TRANSACTION TO SAVEPOINT b");
      db.execute("ROLLBACK TO SAVEPOINT b; DO $$ BEGIN PERFORM 1; END $$");
      db.execute("ROLLBACK TO SAVEPOINT b; BEGIN");  // BEGIN inside a transaction: a warning only
    } else if constexpr (!std::is_same_v<typename TestType::dialect, ctql::sqlite>) {
      db.execute("SELECT 1 # ; commit");
      db.execute("BEGIN NOT ATOMIC DECLARE x INT DEFAULT 1; SET x = 2; END");
    }
    db(insert_into(users).set(users.name = "cy"));  // not refused
    tx.commit();
  }
  CHECK(user_count(db) == 3);  // ann, 'b; commit it', cy ('undone' went with the savepoint)
}
