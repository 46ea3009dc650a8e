// A connection used from two threads at once is caught in debug builds (core/run/one_thread.hpp):
// while one thread is inside a statement (held there by its observer), every way another thread
// can start one raises ctql::error, and runs nothing. Release builds (NDEBUG) compile the check out.
#include <catch2/catch.hpp>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

#include "scenarios/backends.hpp"

using namespace test;
using namespace ctql;

#if CTQL_THREAD_CHECKS
namespace {
std::int64_t user_count(auto& db) { return std::get<0>(*db(select(count()).from(users)).first()); }

/// What the second thread got from one attempt: the ctql::error's text, or "ran" if it ran.
template <class Attempt>
std::string outcome(Attempt attempt) {
  try {
    attempt();
    return "ran";
  } catch (const ctql::error& e) {
    return e.what();
  }
}
}  // namespace

TEMPLATE_LIST_TEST_CASE("debug builds: a statement started while another thread runs one on the connection is a ctql::error",
                        "[scenario][threads]", backends) {
  using namespace std::chrono_literals;
  auto db = TestType::connect();
  auto prepared = db.prepare(select(users.name).from(users).where(users.age >= param<"min">));

  // The first thread's insert reports to the observer before it returns: the observer holds it
  // there (inside the statement) until the main thread has made its attempts, at most 5 s.
  std::mutex m;
  std::condition_variable changed;
  bool inside = false;
  bool tried = false;
  db.on_statement([&](const statement_event&) {
    std::unique_lock lock(m);
    inside = true;
    changed.notify_all();
    changed.wait_for(lock, 5s, [&] { return tried; });
  });
  std::thread first([&] { db(insert_into(users).set(users.name = "Ann", users.age = 30)); });
  bool held = false;
  {
    std::unique_lock lock(m);
    held = changed.wait_for(lock, 5s, [&] { return inside; });
  }
  std::vector<std::string> attempts;
  if (held) {
    attempts.push_back(outcome([&] { db(select(users.name).from(users)).all(); }));
    attempts.push_back(outcome([&] { db(insert_into(users).set(users.name = "Bob")); }));
    attempts.push_back(outcome([&] { db.execute("INSERT INTO users (name) VALUES ('Cy')"); }));
    attempts.push_back(outcome([&] { db(text<>("INSERT INTO users (name) VALUES (:n)"), arg<"n">("Dee")); }));
    attempts.push_back(outcome([&] { prepared(18).all(); }));
    attempts.push_back(outcome([&] { auto tx = db.transaction(); }));
  }
  {
    std::lock_guard lock(m);
    tried = true;
  }
  changed.notify_all();
  first.join();
  db.on_statement({});

  REQUIRE(held);
  REQUIRE(attempts.size() == 6);
  for (const auto& got : attempts) {
    CHECK_THAT(got, Catch::StartsWith("ctql: a statement started on a connection while another thread was running one"));
  }
  // None of the attempts ran: only the first thread's Ann is there.
  CHECK(user_count(db) == 1);

  // Once the first thread is out, another thread may use the connection: its Bob goes in.
  std::thread later([&] { db(insert_into(users).set(users.name = "Bob", users.age = 40)); });
  later.join();
  CHECK(user_count(db) == 2);
  // Ann 30 and Bob 40 are >= 18.
  CHECK(prepared(18).all().size() == 2);
}

TEMPLATE_LIST_TEST_CASE("debug builds: the same thread may run a statement inside another (from its observer)",
                        "[scenario][threads]", backends) {
  auto db = TestType::connect();
  std::int64_t seen_inside = -1;
  db.on_statement([&](const statement_event&) {
    if (seen_inside == -1) {
      seen_inside = 0;
      seen_inside = user_count(db);  // inside the insert below, on its own thread
    }
  });
  db(insert_into(users).set(users.name = "Ann"));
  db.on_statement({});
  CHECK(seen_inside == 1);  // the insert is done when it is reported: Ann
}
#else
TEST_CASE("release builds: the one-thread check is compiled out", "[scenario][threads]") {
  // An empty object with a constructor that does nothing: no instruction per statement.
  STATIC_REQUIRE(std::is_empty_v<detail::one_thread_inside>);
  STATIC_REQUIRE(std::is_trivially_destructible_v<detail::one_thread_inside>);
}
#endif
