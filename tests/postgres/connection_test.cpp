// Connecting, errors with SQLSTATE, a lost connection, transactions after a failed statement.
#ifdef CTQL_TEST_POSTGRES
#include <catch2/catch.hpp>

#include <chrono>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include <ctql/postgres.hpp>

#include "scenarios/postgres_backend.hpp"
#include "support/commit_reply_lost.hpp"
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

/// The test server's URL as a key=value connection string.
string key_value_string(const string& url) {
  char* message = nullptr;
  PQconninfoOption* options = PQconninfoParse(url.c_str(), &message);
  REQUIRE(options != nullptr);
  string out;
  for (PQconninfoOption* o = options; o->keyword != nullptr; ++o)
    if (o->val != nullptr && *o->val != '\0') out += string(o->keyword) + "='" + o->val + "' ";
  PQconninfoFree(options);
  return out;
}

template <class Db>
std::int64_t count_users(Db& db) {
  return std::get<0>(*db(select(count()).from(users)).first());
}
}  // namespace

TEST_CASE("PostgreSQL: a URI and a key=value string both connect", "[postgres][connect]") {
  auto by_uri = postgres::connect(postgres_url());
  CHECK(by_uri(text<string>("SELECT current_user")).first() == std::tuple{string("ctql")});
  const string kv = key_value_string(postgres_url());
  CHECK(kv.find("host=") != string::npos);
  auto by_keys = postgres::connect(kv);
  CHECK(by_keys(text<std::int64_t>("SELECT 40 + :n"), arg<"n">(std::int64_t{2})).first() == std::tuple{std::int64_t{42}});
  CHECK(PQstatus(by_keys.native_handle()) == CONNECTION_OK);
}

TEST_CASE("PostgreSQL: a bad URI, a refused connection and a wrong password raise ctql::error with libpq's words",
          "[postgres][connect]") {
  try {
    postgres::connect("postgresql://ctql@127.0.0.1:15432/ctql_test?no_such_option=1");
    FAIL("a bad URI connected");
  } catch (const ctql::error& e) {
    CHECK(string(e.what()).find("cannot connect to the PostgreSQL server") != string::npos);
    CHECK_THAT(e.database_message(), Catch::Contains("no_such_option"));
  }
  try {
    postgres::connect("postgresql://ctql@127.0.0.1:1/ctql_test");  // nothing listens on port 1
    FAIL("connected to port 1");
  } catch (const ctql::error& e) {
    CHECK_THAT(e.database_message(), Catch::Contains("refused"));
  }
  try {
    // The test server's port: the test command may start it on another than the default 15432.
    postgres::connect("host=127.0.0.1 port=" + std::to_string(test::url_port(postgres_url())) +
                      " user=ctql password=wrong dbname=ctql_test");
    FAIL("a wrong password connected");
  } catch (const ctql::error& e) {
    CHECK_THAT(e.database_message(), Catch::Contains("password authentication failed"));
  }
}

TEST_CASE("PostgreSQL: a failed statement carries the SQL, the server's message and the SQLSTATE", "[postgres][errors]") {
  auto db = fresh();
  db(insert_into(users).set(users.name = "Ann", users.email = "a@x"));
  try {
    db(insert_into(users).set(users.name = "Ann again", users.email = "a@x"));
    FAIL("a duplicate was accepted");
  } catch (const ctql::error& e) {
    CHECK(e.sqlstate() == "23505");  // unique_violation
    CHECK(e.code() == postgres_detail::sqlstate_code("23505"));
    CHECK_THAT(e.database_message(), Catch::Contains("duplicate key value") && Catch::Contains("a@x"));
    CHECK_THAT(e.sql(), Catch::StartsWith("INSERT INTO \"users\""));
  }
  try {
    db(insert_into(posts).set(posts.user_id = 999, posts.title = "t", posts.created = ctql::timestamp{}, posts.class_ = "c"));
    FAIL("a dangling foreign key was accepted");
  } catch (const ctql::error& e) {
    CHECK(e.sqlstate() == "23503");  // foreign_key_violation
  }
  try {
    db(text<>("SELEKT 1"));
    FAIL("a syntax error ran");
  } catch (const ctql::error& e) {
    CHECK(e.sqlstate() == "42601");
    CHECK(e.sql() == "SELEKT 1");
  }
  try {
    db(text<int>("SELECT 1 / (x - 3) FROM generate_series(1, 5) x")).all();
    FAIL("a division by zero ran");
  } catch (const ctql::error& e) {
    CHECK(e.sqlstate() == "22012");
  }
  CHECK(count_users(db) == 1);  // and the connection is fine
}

TEST_CASE("PostgreSQL: COPY from or to the client is refused, and the connection stays usable", "[postgres][errors]") {
  auto db = fresh();
  CHECK_THROWS_WITH(db(text<>("COPY users TO STDOUT")), Catch::Contains("COPY"));
  CHECK_THROWS_WITH(db(text<std::int64_t>("COPY users TO STDOUT")).all(), Catch::Contains("COPY"));
  CHECK_THROWS_WITH(db.execute("COPY users FROM STDIN"), Catch::Contains("COPY"));
  CHECK(count_users(db) == 0);
}

TEST_CASE("PostgreSQL: a lost connection is reported as such, and refused from then on", "[postgres][lost]") {
  auto db = fresh();
  auto other = postgres_connect();
  const int pid = PQbackendPID(db.native_handle());
  CHECK(other(text<bool>("SELECT pg_terminate_backend(:pid)"), arg<"pid">(pid)).first() == std::tuple{true});
  try {
    count_users(db);
    FAIL("a terminated connection still ran a statement");
  } catch (const ctql::error& e) {
    CHECK_THAT(e.what(), Catch::Contains("connection was lost"));
    CHECK_FALSE(e.database_message().empty());
  }
  CHECK_THROWS_WITH(count_users(db), Catch::Contains("the connection was lost; connect again"));
  CHECK_THROWS_WITH(db.execute("SELECT 1"), Catch::Contains("the connection was lost"));
  CHECK_THROWS_WITH(db(text<>("SELECT 1")), Catch::Contains("the connection was lost"));
  CHECK_THROWS_AS(db.transaction(), ctql::error);
  CHECK(count_users(other) == 0);  // the other connection is unharmed
}

TEST_CASE("PostgreSQL: a connection lost inside a transaction and while rows stream", "[postgres][lost]") {
  auto other = postgres::connect(postgres_url());
  auto terminate = [&](auto& db) {
    other(text<bool>("SELECT pg_terminate_backend(:pid)"), arg<"pid">(PQbackendPID(db.native_handle()))).all();
  };
  {
    auto db = fresh();
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "lost"));
    terminate(db);
    CHECK_THROWS_WITH(db(insert_into(users).set(users.name = "x")), Catch::Contains("connection was lost"));
    CHECK_THROWS_AS(tx.commit(), ctql::error);
  }  // the guard's rollback does not throw or hang
  {
    auto db = fresh();
    auto rows = db(text<int>("SELECT x FROM generate_series(1, 2000000) x"));
    auto it = rows.begin();
    CHECK(std::get<0>(*it) == 1);
    terminate(db);
    try {
      for (; it != rows.end(); ++it) {
      }
      FAIL("two million rows arrived from a terminated connection");
    } catch (const ctql::error& e) {
      CHECK_THAT(e.what(), Catch::Contains("connection was lost"));
    }
    CHECK_THROWS_WITH(db.execute("SELECT 1"), Catch::Contains("the connection was lost"));
  }
}

TEST_CASE("PostgreSQL: a COMMIT whose reply is lost is reported as of unknown outcome", "[postgres][lost]") {
  auto direct = fresh();
  // The text of the statement as the client sends it (a NUL ends it in every message that carries it).
  test::check_commit_reply_lost(direct, test::url_port(postgres_url()), std::string("COMMIT") + '\0', [](int port) {
    auto via_proxy = ctql::postgres::connect(test::with_port(postgres_url(), port));
    via_proxy.execute("SET search_path TO " + test_schema());
    return via_proxy;
  });
}

TEST_CASE("PostgreSQL: after a failed statement PostgreSQL aborts the transaction: rollback works, commit says so",
          "[postgres][transaction]") {
  auto db = fresh();
  db(insert_into(users).set(users.name = "Ann", users.email = "a@x"));
  {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "Ben"));
    CHECK_THROWS_AS(db(insert_into(users).set(users.name = "dup", users.email = "a@x")), ctql::error);
    CHECK_THROWS_WITH(db(insert_into(users).set(users.name = "Cid")), Catch::Contains("aborted"));
    CHECK_THROWS_WITH(tx.commit(), Catch::Contains("rolled back"));
  }
  CHECK(count_users(db) == 1);
  // A savepoint confines the failure: the outer transaction goes on.
  {
    auto outer = db.transaction();
    db(insert_into(users).set(users.name = "Ben"));
    {
      auto inner = db.transaction();
      CHECK_THROWS_AS(db(insert_into(users).set(users.name = "dup", users.email = "a@x")), ctql::error);
    }  // ROLLBACK TO SAVEPOINT works in the aborted transaction
    db(insert_into(users).set(users.name = "Cid"));
    outer.commit();
  }
  CHECK(count_users(db) == 3);
}

TEST_CASE("PostgreSQL: a commit that did not happen raises, ends the guard and leaves nothing open",
          "[postgres][transaction]") {
  auto db = fresh();
  PGconn* handle = db.native_handle();
  // 1. A failed statement aborts the transaction: COMMIT answers "ROLLBACK".
  {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "Ann", users.email = "a@x"));
    CHECK_THROWS_AS(db(text<>("SELEKT")), ctql::error);
    try {
      tx.commit();
      FAIL("a rolled-back transaction committed");
    } catch (const ctql::error& e) {
      CHECK_THAT(e.what(), Catch::Contains("rolled back"));
      CHECK_FALSE(e.transaction_outcome_unknown());  // the server said ROLLBACK
    }
    CHECK_FALSE(tx.active());  // the guard is over: nothing for it to roll back
    CHECK(PQtransactionStatus(handle) == PQTRANS_IDLE);
    CHECK_THROWS_AS(tx.commit(), ctql::error);  // "already committed or rolled back"
  }
  CHECK(count_users(db) == 0);  // Ann was rolled back
  // 2. A deferred constraint fails at COMMIT: the server ends the transaction there.
  db.execute(R"(CREATE TEMP TABLE deferred_keys (k INTEGER UNIQUE DEFERRABLE INITIALLY DEFERRED))");
  {
    auto tx = db.transaction();
    db.execute("INSERT INTO deferred_keys VALUES (1), (1)");  // accepted until COMMIT
    try {
      tx.commit();
      FAIL("a COMMIT that broke a deferred constraint returned normally");
    } catch (const ctql::error& e) {
      CHECK_THAT(e.what(), Catch::Contains("rolled back"));
      CHECK(e.sqlstate() == "23505");  // unique_violation
      CHECK_FALSE(e.transaction_outcome_unknown());
    }
    CHECK_FALSE(tx.active());
    CHECK(PQtransactionStatus(handle) == PQTRANS_IDLE);
  }
  CHECK(db(text<std::int64_t>("SELECT count(*) FROM deferred_keys")).first() == std::tuple{std::int64_t{0}});
  // 3. The transaction ended behind the guard's back (COMMIT run by hand): nothing runs in autocommit
  // on the guard, and commit() does not pretend to commit.
  {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "committed by hand"));
    db.execute("COMMIT");
    CHECK_THROWS_WITH(db(insert_into(users).set(users.name = "autocommit?")), Catch::Contains("ended outside it"));
    CHECK_THROWS_WITH(db(text<>("INSERT INTO users (name) VALUES ('autocommit?')")), Catch::Contains("ended outside it"));
    CHECK_THROWS_WITH(db.execute("INSERT INTO users (name) VALUES ('autocommit?')"), Catch::Contains("ended outside it"));
    CHECK_THROWS_AS(db.transaction(), ctql::error);  // not a new outermost transaction posing as a savepoint
    CHECK(db.transaction_outcome_unknown());  // a ROLLBACK by hand would not: its tag says ROLLBACK
    try {
      tx.commit();
      FAIL("a commit of a transaction the server had ended went through");
    } catch (const ctql::error& e) {
      CHECK(e.transaction_outcome_unknown());
    }
    CHECK_FALSE(tx.active());
  }
  // Only the row inserted before the hand-run COMMIT exists: 1.
  CHECK(count_users(db) == 1);
  // 4. ROLLBACK by hand: the server says so, so the outcome is known (rolled back); a ROLLBACK TO
  // SAVEPOINT before a hand-run COMMIT is not mistaken for it.
  {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "rolled back by hand"));
    db.execute("ROLLBACK");
    CHECK_FALSE(db.transaction_outcome_unknown());
    CHECK_THROWS_WITH(db(insert_into(users).set(users.name = "autocommit?")), Catch::Contains("ROLLBACK run outside"));
    try {
      tx.commit();
      FAIL("a commit of a transaction rolled back by hand went through");
    } catch (const ctql::error& e) {
      CHECK_FALSE(e.transaction_outcome_unknown());
    }
  }
  {
    auto tx = db.transaction();
    {
      auto inner = db.transaction();
      db(insert_into(users).set(users.name = "undone by the savepoint"));
    }  // ROLLBACK TO SAVEPOINT (its tag is ROLLBACK too)
    db(insert_into(users).set(users.name = "committed by hand, after a savepoint"));
    db.execute("COMMIT");
    CHECK(db.transaction_outcome_unknown());
  }
  // Still 1, plus the row committed by hand after the savepoint: 2.
  CHECK(count_users(db) == 2);
  // And the connection works normally afterwards.
  {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "Ben"));
    tx.commit();
  }
  CHECK(count_users(db) == 3);
}

TEST_CASE("PostgreSQL: a bulk insert is one COPY: all rows or none, and the failing row is named",
          "[postgres][bulk]") {
  auto db = fresh();
  db(insert_into(users).set(users.name = "kept", users.email = "dup"));
  std::vector<std::tuple<string, std::optional<string>>> rows;
  for (int i = 0; i < 2500; ++i) rows.emplace_back("bulk", "mail" + std::to_string(i));
  rows.emplace_back("bulk", "dup");
  try {
    db(insert_into(users).columns(users.name, users.email).values(rows));
    FAIL("a duplicate was copied");
  } catch (const ctql::error& e) {
    CHECK(e.sqlstate() == "23505");
    CHECK_THAT(e.database_message(), Catch::Contains("line 2501"));
    CHECK(e.sql() == R"(COPY "users" ("name", "email") FROM STDIN)");
  }
  CHECK(count_users(db) == 1);
  // Inside the caller's transaction it aborts the transaction, as any failed statement does.
  {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "rolled back"));
    CHECK_THROWS_AS(db(insert_into(users).columns(users.name, users.email).values(rows)), ctql::error);
    CHECK_THROWS_WITH(db(insert_into(users).set(users.name = "x")), Catch::Contains("aborted"));
  }
  CHECK(count_users(db) == 1);
  // A value that cannot be written ends the COPY with nothing inserted.
  std::vector<std::tuple<string, ctql::timestamp, string, std::int64_t>> posts_rows{
      {"fine", ctql::timestamp{}, "c", 1},
      {"too late", ctql::timestamp{std::chrono::sys_days{std::chrono::year{12000} / 1 / 1}}, "c", 1}};
  CHECK_THROWS_AS(db(insert_into(posts).columns(posts.title, posts.created, posts.class_, posts.user_id).values(posts_rows)),
                  ctql::error);
  CHECK(std::get<0>(*db(select(count()).from(posts)).first()) == 0);
  CHECK(count_users(db) == 1);
}

TEST_CASE("PostgreSQL: a bulk insert writes every value type exactly", "[postgres][bulk]") {
  auto db = fresh();
  using namespace std::chrono;
  const ctql::blob bytes{std::byte{0}, std::byte{'\\'}, std::byte{'\t'}, std::byte{'\n'}, std::byte{0xff}};
  const ctql::timestamp at = sys_days{year{1999} / December / 31} + hours{23} + microseconds{999999};
  using row = std::tuple<bool, std::int8_t, std::uint16_t, std::uint64_t, double, std::optional<float>, string, ctql::blob,
                         std::optional<ctql::date>, ctql::timestamp>;
  const std::vector<row> rows{
      {true, std::int8_t{-128}, std::uint16_t{65535}, std::numeric_limits<std::uint64_t>::max(), 0.1, 1.1f,
       "tab\there, newline\n, backslash \\ and \\N, ünïcödé", bytes, sys_days{year{2024} / February / 29}, at},
      {false, std::int8_t{0}, std::uint16_t{0}, std::uint64_t{0}, -1e-300, std::nullopt, "", ctql::blob{}, std::nullopt,
       ctql::timestamp{}}};
  const auto r = db(insert_into(samples)
                        .columns(samples.flag, samples.tiny, samples.small, samples.big, samples.ratio, samples.weight,
                                 samples.label, samples.data, samples.day, samples.at)
                        .values(rows));
  CHECK(r.rows_affected == 2);
  CHECK(r.last_insert_id == 2);
  const auto back = db(select(samples.flag, samples.tiny, samples.small, samples.big, samples.ratio, samples.weight,
                              samples.label, samples.data, samples.day, samples.at)
                           .from(samples)
                           .order_by(samples.id))
                        .all();
  CHECK(back == rows);
}

TEST_CASE("PostgreSQL: last_insert_id comes from RETURNING", "[postgres][returning]") {
  auto db = fresh();
  const auto a = db(insert_into(users).set(users.name = "a"));
  CHECK(a.rows_affected == 1);
  CHECK(a.last_insert_id == std::get<0>(*db(select(max(users.id)).from(users)).first()));
  const auto d = db(insert_into(samples).set(samples.tiny = std::int8_t{1}, samples.small = std::uint16_t{2},
                                             samples.big = std::uint64_t{3}, samples.data = ctql::blob{},
                                             samples.at = ctql::timestamp{}));
  CHECK(d.last_insert_id == 1);
  std::vector<std::tuple<string, int>> rows;
  for (int i = 0; i < 2345; ++i) rows.emplace_back("u" + std::to_string(i), i);
  const auto bulk = db(insert_into(users).columns(users.name, users.age).values(rows));
  CHECK(bulk.rows_affected == 2345);
  CHECK(bulk.last_insert_id == std::get<0>(*db(select(users.id).from(users).where(users.name == "u2344")).first()));
  // Rows that give the key themselves: the last row's.
  const auto given = db(insert_into(users).columns(users.id, users.name).values(
      std::vector<std::tuple<std::int64_t, string>>{{100000, "x"}, {50000, "y"}}));
  CHECK(given.last_insert_id == 50000);
  // An upsert that inserts returns the key; one that does nothing returns no row.
  const auto up = db(insert_into(users).set(users.name = "e", users.email = "e@x").on_conflict(users.email).do_nothing());
  CHECK(up.last_insert_id == bulk.last_insert_id + 1);
  const auto none = db(insert_into(users).set(users.name = "e", users.email = "e@x").on_conflict(users.email).do_nothing());
  CHECK(none.rows_affected == 0);
  CHECK(none.last_insert_id == 0);
  // Updates and deletes count matched rows and have no key.
  const auto u = db(update(users).set(users.age = 1).where(users.name.like("u1%")));
  CHECK(u.rows_affected == 1 + 10 + 100 + 1000);
  CHECK(u.last_insert_id == 0);
}

#endif
