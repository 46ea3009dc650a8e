// execute(): any SQL without parameters runs, whether or not it returns rows (they are discarded).
#include <catch2/catch.hpp>

#include <cstdint>
#include <tuple>

#include "scenarios/backends.hpp"

using namespace test;
using namespace ctql;

TEMPLATE_LIST_TEST_CASE("execute() accepts statements that return rows and discards the rows", "[scenario][execute]",
                        backends) {
  auto db = TestType::connect();
  CHECK_NOTHROW(db.execute("SELECT 1"));
  CHECK_NOTHROW(db.execute("SELECT 1.5, 'text', NULL"));
  // Several statements in one string, rows in the middle and at the end: all of them run.
  db.execute("INSERT INTO users (name) VALUES ('a'); SELECT 1; INSERT INTO users (name) VALUES ('b'); SELECT 2");
  // Two inserts ran: two rows, worked out from the string above.
  CHECK(db(select(count()).from(users)).first() == std::tuple{std::int64_t{2}});
  // And the connection is ready for the next statement (no rows left pending).
  db.execute("SELECT name FROM users");
  CHECK(db(select(count()).from(users)).first() == std::tuple{std::int64_t{2}});
}
