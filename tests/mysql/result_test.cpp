// Results stream from the server; another statement on the same connection first reads what is
// left into memory, and the range goes on where it was.
#ifdef CTQL_TEST_MYSQL
#include <catch2/catch.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "mysql/support.hpp"

using namespace test;
using namespace ctql;
using Catch::Contains;
using std::string;

namespace {
auto with_users(int n) {
  auto db = mysql_fresh();
  std::vector<std::tuple<string, int>> rows;
  for (int i = 0; i < n; ++i) rows.emplace_back("u" + std::to_string(i), i);
  db(insert_into(users).columns(users.name, users.age).values(rows));
  return db;
}
}  // namespace

TEST_CASE("a large result streams row by row", "[mysql][result]") {
  auto db = with_users(20'000);
  long long sum = 0;
  int count = 0;
  for (auto [age] : db(select(users.age).from(users))) {
    sum += age;
    ++count;
  }
  CHECK(count == 20'000);
  CHECK(sum == 20'000LL * 19'999 / 2);
}

TEST_CASE("first() leaves the other rows behind; the next statement runs", "[mysql][result]") {
  auto db = with_users(1000);
  CHECK(db(select(users.age).from(users).order_by(users.age)).first() == std::tuple{0});
  CHECK(db(select(count()).from(users)).first() == std::tuple{std::int64_t{1000}});
}

TEST_CASE("a statement run while rows stream: the rest is read first, nothing is lost", "[mysql][result]") {
  auto db = with_users(500);
  auto rows = db(select(users.age).from(users).order_by(users.age));
  auto it = rows.begin();
  CHECK(*it == std::tuple{0});
  ++it;
  // Another statement while 499 rows are still on the wire.
  db(insert_into(users).set(users.name = "late", users.age = 1000));
  CHECK(*it == std::tuple{1});
  std::vector<int> rest;
  for (; it != rows.end(); ++it) rest.push_back(std::get<0>(*it));
  CHECK(rest.size() == 499);
  CHECK(rest.front() == 1);
  CHECK(rest.back() == 499);  // the row inserted meanwhile is not in this result
  // A result not yet begun, then read after another statement.
  auto later = db(select(users.name).from(users).where(users.age >= 498).order_by(users.age));
  CHECK(db(select(count()).from(users)).first() == std::tuple{std::int64_t{501}});
  CHECK(later.all() == std::vector<std::tuple<string>>{{"u498"}, {"u499"}, {"late"}});
  struct person {
    string name;
    int age;
  };
  auto people = db(select(users.name, users.age).from(users).where(users.age < 2).order_by(users.age));
  db(select(count()).from(users)).first();
  auto read = people.as<person>();
  REQUIRE(read.size() == 2);
  CHECK(read[1].name == "u1");
}

TEST_CASE("a value that cannot be read while rows are buffered raises at its row", "[mysql][result]") {
  auto db = mysql_fresh();
  db(insert_into(users).set(users.name = "a", users.email = "a@x"));
  db(insert_into(users).set(users.name = "b", users.email = std::nullopt));
  auto rows = db(text<string>("SELECT email FROM users ORDER BY id"));
  auto it = rows.begin();
  CHECK(*it == std::tuple{string("a@x")});
  db(select(count()).from(users)).all();  // buffers the rest
  // Read ahead as the server sent them, the rows are read as values where the range reaches them,
  // as when they stream: the step to the NULL row succeeds, reading it raises.
  ++it;
  CHECK_THROWS_WITH(*it, Contains("is NULL"));
  ++it;
  CHECK(it == rows.end());
  CHECK(db(select(count()).from(users)).first() == std::tuple{std::int64_t{2}});
}

TEST_CASE("rows read ahead keep long values whole, NULLs and dates", "[mysql][result]") {
  auto db = mysql_connect();
  // Row n of 1..4: n; 300 * n times 'é' (2 bytes each: 600 to 2400 bytes, each longer than the
  // 256-byte buffer a column starts with, and each longer than the last); NULL for even n, else
  // 1.5 * n; 2024-01-n; 150 * n times the bytes 00 FF (300 * n bytes).
  const auto query = text<std::int64_t, std::string, std::optional<double>, ctql::date, ctql::blob>(
      "SELECT seq, REPEAT('\u00e9', 300 * seq), IF(seq % 2 = 0, NULL, CAST(seq AS DOUBLE) * 1.5), "
      "DATE_ADD(DATE '2024-01-01', INTERVAL seq - 1 DAY), UNHEX(REPEAT('00FF', 150 * seq)) "
      "FROM seq_1_to_4 ORDER BY seq");
  const auto e_times = [](std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s += "\u00e9";
    return s;
  };
  const auto zero_ff = [](std::size_t pairs) {
    ctql::blob b;
    for (std::size_t i = 0; i < pairs; ++i) {
      b.push_back(std::byte{0x00});
      b.push_back(std::byte{0xFF});
    }
    return b;
  };
  const auto day = [](unsigned d) { return ctql::date{std::chrono::year{2024} / 1 / d}; };
  using row = std::tuple<std::int64_t, std::string, std::optional<double>, ctql::date, ctql::blob>;
  const std::vector<row> expected{{1, e_times(300), 1.5, day(1), zero_ff(150)},
                                  {2, e_times(600), std::nullopt, day(2), zero_ff(300)},
                                  {3, e_times(900), 4.5, day(3), zero_ff(450)},
                                  {4, e_times(1200), std::nullopt, day(4), zero_ff(600)}};

  // Begun: the current row (the first, its long value not yet read) and the rest are read ahead.
  auto rows = db(query);
  auto it = rows.begin();
  CHECK(db(text<int>("SELECT 7")).first() == std::tuple{7});
  std::vector<row> read;
  for (; it != rows.end(); ++it) read.push_back(*it);
  CHECK(read == expected);

  // Not begun: every row is read ahead.
  auto later = db(query);
  CHECK(db(text<int>("SELECT 8")).first() == std::tuple{8});
  CHECK(later.all() == expected);

  // One row read from the wire (its long value fetched whole there), the rest read ahead.
  auto mixed = db(query);
  auto at = mixed.begin();
  CHECK(*at == expected[0]);
  ++at;
  CHECK(db(text<int>("SELECT 9")).first() == std::tuple{9});
  CHECK(*at == expected[1]);
  ++at;
  CHECK(*at == expected[2]);
  ++at;
  CHECK(*at == expected[3]);
  ++at;
  CHECK(at == mixed.end());
}
TEST_CASE("a connection killed while rows stream reports the server's error and is lost at once",
          "[mysql][result]") {
  auto db = mysql_connect();
  auto killer = mysql_connect();
  // A million rows of 200 bytes (MariaDB's SEQUENCE engine): far more than the socket buffers hold,
  // so the server is still sending when the connection is killed after the 10th row.
  auto rows = db(text<std::int64_t, std::string>("SELECT seq, REPEAT('x', 200) FROM seq_1_to_1000000"));
  const auto start = std::chrono::steady_clock::now();
  std::int64_t read = 0;
  try {
    for (auto [seq, text] : rows)
      if (++read == 10) killer.execute("KILL CONNECTION " + std::to_string(mysql_thread_id(db.native_handle())));
    FAIL("all rows arrived from a killed connection");
  } catch (const ctql::error& e) {
    // The client library reads what the socket holds, then finds the connection closed:
    // CR_SERVER_LOST (2013, "Lost connection to server during query"); MySQL 8 may send 1927 first.
    CHECK((e.code() == 2013 || e.code() == 1927));
    CHECK_FALSE(e.database_message().empty());
    CHECK_THAT(e.what(), Contains("the connection was lost"));
    CHECK(db.lost());  // at once, before any other use
  }
  CHECK(read < 1'000'000);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  CHECK_THROWS_WITH(db(text<int>("SELECT 1")).all(), Contains("the connection was lost"));
}

TEST_CASE("a connection killed while rows are read ahead: the rows kept are read, then the error", "[mysql][result]") {
  auto db = mysql_connect();
  auto killer = mysql_connect();
  // As above: a million rows of 200 bytes, far more than the socket buffers hold.
  auto rows = db(text<std::int64_t, std::string>("SELECT seq, REPEAT('x', 200) FROM seq_1_to_1000000"));
  auto it = rows.begin();
  CHECK(std::get<0>(*it) == 1);
  killer.execute("KILL CONNECTION " + std::to_string(mysql_thread_id(db.native_handle())));
  // The next statement reads the rest ahead first: what the socket held arrives, then the loss.
  // The statement itself cannot run on the lost connection.
  CHECK_THROWS_WITH(db(text<int>("SELECT 1")).all(), Contains("the connection was lost"));
  CHECK(db.lost());
  // The rows kept before the loss are read in order (each whole: 200 'x'), then the loss is raised.
  std::int64_t expected_seq = 1;
  try {
    for (; it != rows.end(); ++it) {
      const auto [seq, text] = *it;
      CHECK(seq == expected_seq);
      CHECK(text == std::string(200, 'x'));
      ++expected_seq;
    }
    FAIL("all rows arrived from a killed connection");
  } catch (const ctql::error& e) {
    CHECK((e.code() == 2013 || e.code() == 1927));
    CHECK_THAT(e.what(), Contains("the connection was lost"));
  }
  CHECK(expected_seq < 1'000'000);
}
#endif
