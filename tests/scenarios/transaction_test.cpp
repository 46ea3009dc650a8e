// Transactions: commit, rollback, rollback on destruction and on exceptions, savepoints.
#include <catch2/catch.hpp>

#include <stdexcept>

#include "scenarios/backends.hpp"

using namespace test;
using namespace ctql;

namespace {
template <class Db>
std::int64_t user_count(Db& db) {
  return std::get<0>(*db(select(count()).from(users)).first());
}
}  // namespace

TEMPLATE_LIST_TEST_CASE("commit keeps, rollback and destruction undo", "[scenario][transaction]", backends) {
  auto db = TestType::connect();
  {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "kept"));
    tx.commit();
  }
  {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "undone"));
    tx.rollback();
  }
  {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "dropped"));
  }  // no commit: rolled back
  CHECK(user_count(db) == 1);
  auto tx = db.transaction();
  tx.commit();
  CHECK_THROWS_AS(tx.commit(), ctql::error);
}

TEMPLATE_LIST_TEST_CASE("an exception rolls the transaction back", "[scenario][transaction]", backends) {
  auto db = TestType::connect();
  try {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "a"));
    throw std::runtime_error("stop");
  } catch (const std::runtime_error&) {
  }
  CHECK(user_count(db) == 0);
  // A failing statement inside a transaction: the caller decides; nothing leaks out.
  try {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "b", users.email = "same@x"));
    db(insert_into(users).set(users.name = "c", users.email = "same@x"));
    tx.commit();
  } catch (const ctql::error&) {
  }
  CHECK(user_count(db) == 0);
}

TEMPLATE_LIST_TEST_CASE("nested transactions are savepoints", "[scenario][transaction]", backends) {
  auto db = TestType::connect();
  auto outer = db.transaction();
  db(insert_into(users).set(users.name = "outer"));
  {
    auto inner = db.transaction();
    db(insert_into(users).set(users.name = "inner, undone"));
    inner.rollback();
  }
  {
    auto inner = db.transaction();
    db(insert_into(users).set(users.name = "inner, kept"));
    inner.commit();
  }
  CHECK(user_count(db) == 2);
  {
    auto inner = db.transaction();
    CHECK_THROWS_AS(outer.commit(), ctql::error);  // the inner one must end first
    inner.commit();
  }
  outer.commit();
  CHECK(user_count(db) == 2);
}
