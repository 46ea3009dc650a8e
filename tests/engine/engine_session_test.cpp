// ctql::session on an engine connection, with what the pool adds: a connection given back with a
// session's work rolled back, handed out again clean, and sessions on two connections of one engine.
// (The session's scenarios run through the engines in tests/scenarios/orm_session*_test.cpp.)
// Built when both server connectors are (ctql::engine exists).
#if defined(CTQL_TEST_MYSQL) && defined(CTQL_TEST_POSTGRES)
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <unistd.h>

#include <ctql/engine.hpp>
#include <ctql/orm.hpp>

#include "support/schema.hpp"

using namespace test;

namespace {
struct User {
  using table = users_t;
  std::int64_t id = 0;
  std::string name = {};
  int age = 0;
  std::optional<std::string> email = {};
};

std::int64_t user_count(ctql::engine_connection& db) {
  return std::get<0>(*db(ctql::select(ctql::count()).from(users)).first());
}
}  // namespace

TEST_CASE("a session on an engine connection: rolled back when it goes, and the pooled connection comes back clean",
          "[engine][session]") {
  // sqlite://: one in-memory connection, so each connect() hands out the same one again.
  auto engine = ctql::create_engine("sqlite://", {.pool = {.timeout = std::chrono::milliseconds(50)}});
  engine.connect().create_all(users);
  {
    auto db = engine.connect();
    // On the heap: the next session, on the stack, is at another address (the claim on the connection
    // is the session's address: one at the same address would pass a claim left behind).
    auto s = std::make_unique<ctql::session<ctql::engine_connection>>(db);
    User& lost = s->add(User{.name = "lost"});
    s->flush();  // written in the session's transaction, which stays open
    CHECK(lost.id == 1);  // SQLite: the empty table's largest key is none (0), so 0 + 1
    CHECK(db.in_transaction());
  }  // the session goes first (its transaction rolled back), then the connection goes back to the pool
  {
    auto db = engine.connect();
    CHECK_FALSE(db.in_transaction());
    CHECK(user_count(db) == 0);  // "lost" was rolled back
    // The gone session left no claim on the connection: a new session flushes and commits.
    auto s = ctql::session(db);
    User& kept = s.add(User{.name = "kept"});
    s.commit();
    CHECK(kept.id == 1);  // the table is empty again: 0 + 1, the key "lost" had and gave back
  }
  {
    auto db = engine.connect();
    CHECK(db.get<User>(1)->name == "kept");  // committed, seen by the next user of the connection
  }
}

TEST_CASE("sessions on two connections of one engine (a SQLite file): each its own transaction and keys",
          "[engine][session]") {
  const std::string path = "/tmp/ctql_engine_session_test_" + std::to_string(::getpid()) + ".db";
  std::remove(path.c_str());
  {
    auto engine = ctql::create_engine("sqlite:///" + path, {.pool = {.size = 2, .max_overflow = 0}});
    auto one = engine.connect();
    auto two = engine.connect();
    one.create_all(users);
    auto s1 = ctql::session(one);
    auto s2 = ctql::session(two);
    const auto first = s1.add_all(std::vector<User>{{.name = "A"}, {.name = "B"}});
    s1.commit();  // A 1, B 2 (an empty table: 0 + 1, 0 + 2)
    CHECK(first[0]->id == 1);
    CHECK(first[1]->id == 2);
    // The second connection sees them committed; its session has its own object for key 1.
    User* a = s2.get<User>(1);
    REQUIRE(a != nullptr);
    CHECK(a->name == "A");
    CHECK(a != first[0]);
    a->age = 40;
    User& c = s2.add(User{.name = "C"});
    s2.commit();  // C 3 (largest key 2, + 1); A's age written
    CHECK(c.id == 3);
    CHECK(one.get<User>(1)->age == 40);
    CHECK(one.get<User>(3)->name == "C");
    CHECK(user_count(one) == 3);
  }
  std::remove(path.c_str());
}
#endif
