// Migrations through an engine connection: one list, its C++ steps compiled once for
// ctql::engine_connection, applied on the dialect of the URL (SQLite in memory here; the record
// table, the lock and the transactions are the dialect's, as on its own connection).
#if defined(CTQL_TEST_MYSQL) && defined(CTQL_TEST_POSTGRES)
#include <catch2/catch.hpp>

#include <string>
#include <tuple>
#include <vector>

#include <ctql/engine.hpp>
#include <ctql/migrations.hpp>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

TEST_CASE("migrations apply through an engine connection", "[engine][migrations]") {
  auto engine = ctql::create_engine("sqlite://");
  auto db = engine.connect();
  db.create_all(users);
  ctql::migrations<ctql::engine_connection> m{
      {1, "index names", "CREATE INDEX users_by_name ON users (name)"},
      {2, "people", "v1", [](auto& c) {
         c(insert_into(users).set(users.name = "Ann", users.age = 30));
         c(update(users).set(users.age = users.age + 1).where(users.name == "Ann"));
       }}};
  CHECK(m.apply(db) == 2);
  CHECK(m.apply(db) == 0);
  // Ann inserted at 30 and made a year older once: 31; the two steps recorded.
  CHECK(db(select(users.name, users.age).from(users)).all() == std::vector<std::tuple<std::string, int>>{{"Ann", 31}});
  REQUIRE(m.applied(db).size() == 2);
  CHECK(m.applied(db)[1].name == "people");
  CHECK(m.pending(db).empty());
}
#endif
