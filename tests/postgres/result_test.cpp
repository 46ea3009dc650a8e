// Results stream (single-row mode) and share the connection with other statements.
#ifdef CTQL_TEST_POSTGRES
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

#include <ctql/postgres.hpp>

#include "scenarios/postgres_backend.hpp"
#include "support/schema.hpp"

using namespace test;
using namespace ctql;
using std::string;

namespace {
auto fresh() {
  auto db = postgres_connect();
  db.drop_all(posts, users, samples);
  db.create_all(users, posts, samples);
  return db;
}
}  // namespace

TEST_CASE("PostgreSQL: a large result streams row by row", "[postgres][stream]") {
  auto db = fresh();
  std::int64_t rows = 0, sum = 0;
  for (auto [x, label] : db(text<std::int64_t, string>("SELECT x, 'row ' || x FROM generate_series(1, 300000) x"))) {
    ++rows;
    sum += x;
    if (x == 7) CHECK(label == "row 7");
  }
  CHECK(rows == 300000);
  CHECK(sum == std::int64_t{300000} * 300001 / 2);
  // While a row is being read, the rest are not yet in memory: libpq has handed over one result
  // per row (single-row mode), so the first row arrives before the query has finished.
  auto r = db(text<std::int64_t>("SELECT x FROM generate_series(1, 200000) x"));
  auto it = r.begin();
  CHECK(std::get<0>(*it) == 1);
  CHECK(PQtransactionStatus(db.native_handle()) == PQTRANS_ACTIVE);
}

TEST_CASE("PostgreSQL: another statement may run while a result is open: its rows move to memory first", "[postgres][stream]") {
  auto db = fresh();
  for (int i = 0; i < 5; ++i) db(insert_into(users).set(users.name = "u" + std::to_string(i), users.age = i));
  // Statements inside the loop over rows (the SQLite idiom) work the same.
  int updated = 0;
  for (auto [id, age] : db(select(users.id, users.age).from(users).order_by(users.id)))
    updated += static_cast<int>(db(update(users).set(users.age = age + 10).where(users.id == id)).rows_affected);
  CHECK(updated == 5);
  CHECK(db(select(sum(users.age)).from(users)).first() == std::tuple{std::optional<std::int64_t>{60}});
  // Two results of the same statement type, read in turns.
  auto q = select(users.age).from(users).order_by(users.age);
  auto a = db(q);
  auto b = db(q);
  std::vector<int> both;
  auto ia = a.begin();
  auto ib = b.begin();
  for (; ia != a.end() && ib != b.end(); ++ia, ++ib) both.push_back(std::get<0>(*ia) * 100 + std::get<0>(*ib));
  CHECK(both == std::vector<int>{1010, 1111, 1212, 1313, 1414});
  // A nested loop over the same statement type.
  int pairs = 0;
  for (auto [x] : db(q))
    for (auto [y] : db(q)) pairs += (x == y);
  CHECK(pairs == 5);
}

TEST_CASE("PostgreSQL: an abandoned result leaves the connection usable", "[postgres][stream]") {
  auto db = fresh();
  {
    auto r = db(text<int>("SELECT x FROM generate_series(1, 500000) x"));
    CHECK(r.first() == std::tuple{1});
  }  // the rest is read and discarded
  CHECK(db(text<int>("SELECT 2")).first() == std::tuple{2});
  db(text<int>("SELECT x FROM generate_series(1, 1000) x"));  // never read at all
  CHECK(db(text<int>("SELECT 3")).first() == std::tuple{3});
  // first() then another statement while the result is still open.
  auto r = db(text<int>("SELECT x FROM generate_series(1, 10000) x"));
  CHECK(r.first() == std::tuple{1});
  CHECK(db(text<int>("SELECT 4")).all() == std::vector<std::tuple<int>>{{4}});
  CHECK(r.all().size() == 10000);  // first() did not consume: the row is read again, then the rest
}

TEST_CASE("PostgreSQL: rows moved to memory mid-stream read back exactly, NULLs and errors included", "[postgres][stream]") {
  auto db = fresh();
  auto r = db(text<std::optional<int>, string>(
      "SELECT CASE WHEN x % 2 = 0 THEN NULL ELSE x END, 'v' || x FROM generate_series(1, 1000) x"));
  auto it = r.begin();
  for (int i = 0; i < 10; ++i) ++it;  // streaming: one row per libpq result
  CHECK(db(text<int>("SELECT 7")).first() == std::tuple{7});  // the other 990 rows move to memory
  int seen = 10;
  for (; it != r.end(); ++it) {
    ++seen;
    const auto [v, label] = *it;
    CHECK(label == "v" + std::to_string(seen));
    CHECK(v == (seen % 2 == 0 ? std::nullopt : std::optional<int>{seen}));
  }
  CHECK(seen == 1000);
  // An error after rows moved to memory is still raised where the reader reaches it.
  auto failing = db(text<int>("SELECT 10 / (5 - x) FROM generate_series(1, 10) x"));
  auto f = failing.begin();
  CHECK(std::get<0>(*f) == 2);
  CHECK(db(text<int>("SELECT 8")).first() == std::tuple{8});
  std::vector<int> rest;
  CHECK_THROWS_WITH([&] { for (++f; f != failing.end(); ++f) rest.push_back(std::get<0>(*f)); }(),
                    Catch::Contains("division by zero"));
  CHECK(rest == std::vector<int>{3, 5, 10});
}

TEST_CASE("PostgreSQL: an error after some rows is raised when the reader reaches it", "[postgres][stream]") {
  auto db = fresh();
  std::vector<int> seen;
  try {
    for (auto [v] : db(text<int>("SELECT 10 / (5 - x) FROM generate_series(1, 10) x"))) seen.push_back(v);
    FAIL("the division by zero was not reported");
  } catch (const ctql::error& e) {
    CHECK(e.sqlstate() == "22012");
  }
  CHECK(seen.size() == 4);
  // The same when the rows were moved to memory by another statement first.
  auto r = db(text<int>("SELECT 10 / (5 - x) FROM generate_series(1, 10) x"));
  CHECK(db(text<int>("SELECT 1")).first() == std::tuple{1});
  CHECK_THROWS_WITH(r.all(), Catch::Contains("division by zero"));
  CHECK(db(text<int>("SELECT 5")).first() == std::tuple{5});
}

TEST_CASE("PostgreSQL: returning() runs the statement at once, whether or not its rows are read", "[postgres][returning]") {
  auto db = fresh();
  db(insert_into(users).set(users.name = "Ann", users.email = "a@x").returning(users.id));
  CHECK_THROWS_AS(db(insert_into(users).set(users.name = "Ann", users.email = "a@x").returning(users.id)), ctql::error);
  auto ages = db(update(users).set(users.age = 3).where(users.name == "Ann").returning(users.age, users.name)).all();
  CHECK(ages == std::vector<std::tuple<int, string>>{{3, "Ann"}});
}

TEST_CASE("PostgreSQL: all() and as<T>() read every row at once", "[postgres][stream]") {
  auto db = fresh();
  std::vector<std::tuple<string, int>> rows;
  for (int i = 0; i < 3000; ++i) rows.emplace_back("n" + std::to_string(i), i % 90);
  db(insert_into(users).columns(users.name, users.age).values(rows));
  struct person {
    std::int64_t id;
    string name;
    int age;
    std::optional<string> email;
  };
  const auto people = db(select(all_of(users)).from(users).order_by(users.id)).as<person>();
  REQUIRE(people.size() == 3000);
  CHECK(people[2999].name == "n2999");
  CHECK(people[2999].age == 2999 % 90);
  CHECK(db(select(users.name).from(users).where(users.age == 0)).all().size() == 34);
}

#endif
