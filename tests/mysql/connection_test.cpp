// Connecting, a lost connection (reported as such, then refused), the session's settings.
#ifdef CTQL_TEST_MYSQL
#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "mysql/support.hpp"
#include "support/commit_reply_lost.hpp"

using namespace test;
using namespace ctql;
using Catch::Contains;

TEST_CASE("a wrong password or a closed port raise ctql::error, promptly", "[mysql][connection]") {
  const auto parts = mysql_detail::parse_url(mysql_url());
  const std::string wrong = "mysql://" + parts.user + ":not-the-password@127.0.0.1:" + std::to_string(parts.port) + "/" +
                            parts.database;
  try {
    mysql::connect(wrong);
    FAIL("connected with a wrong password");
  } catch (const ctql::error& e) {
    CHECK(e.code() == 1045);  // ER_ACCESS_DENIED_ERROR
    CHECK(e.sqlstate() == "28000");
    CHECK(std::string(e.what()).find("not-the-password") == std::string::npos);
    CHECK_THAT(e.what(), Contains("cannot connect to the MySQL server at 127.0.0.1"));
  }
  const auto start = std::chrono::steady_clock::now();
  CHECK_THROWS_AS(mysql::connect("mysql://u:p@127.0.0.1:1/d?connect_timeout=2"), ctql::error);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}

TEST_CASE("a killed connection is reported as lost and then refused", "[mysql][connection]") {
  auto victim = mysql_fresh();
  auto killer = mysql_connect();
  victim(insert_into(users).set(users.name = "before"));
  const auto id = mysql_thread_id(victim.native_handle());
  killer.execute("KILL CONNECTION " + std::to_string(id));

  const auto start = std::chrono::steady_clock::now();
  try {
    victim(select(count()).from(users)).first();
    FAIL("a killed connection ran a statement");
  } catch (const ctql::error& e) {
    CHECK_THAT(e.what(), Contains("the connection was lost; connect again"));
    CHECK(e.code() != 0);
    CHECK_FALSE(e.database_message().empty());
  }
  CHECK(victim.lost());
  // Every later use is refused without touching the socket.
  CHECK_THROWS_WITH(victim(insert_into(users).set(users.name = "after")), Contains("the connection was lost"));
  CHECK_THROWS_WITH(victim.execute("SELECT 1"), Contains("the connection was lost"));
  CHECK_THROWS_WITH(victim.transaction(), Contains("the connection was lost"));
  CHECK_THROWS_WITH(victim(text<int>("SELECT 1")), Contains("the connection was lost"));
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  // A new connection works.
  auto again = mysql_connect();
  CHECK(again(select(count()).from(users)).first() == std::tuple{std::int64_t{1}});
}

TEST_CASE("a connection lost inside a transaction or while rows stream does not throw from destructors",
          "[mysql][connection]") {
  auto killer = mysql_connect();
  {
    auto victim = mysql_fresh();
    for (int i = 0; i < 3; ++i) victim(insert_into(users).set(users.name = "u" + std::to_string(i)));
    auto tx = victim.transaction();
    victim(insert_into(users).set(users.name = "in tx"));
    auto rows = victim(select(users.name).from(users));
    CHECK(rows.begin() != rows.end());  // rows still on the wire
    killer.execute("KILL CONNECTION " + std::to_string(mysql_thread_id(victim.native_handle())));
    // A statement of the transaction meets the lost connection: the server has rolled it back.
    CHECK_THROWS_WITH(victim(insert_into(users).set(users.name = "after the kill")),
                      Contains("the connection was lost, and with it the open transaction (the server rolled it back)"));
    CHECK_THROWS_WITH(tx.commit(), Contains("the connection was lost"));
  }  // rows, tx and the connection go without an exception
  auto check = mysql_connect();
  CHECK(check(select(count()).from(users)).first() == std::tuple{std::int64_t{3}});  // the transaction was undone
}

TEST_CASE("a COMMIT whose reply is lost is reported as of unknown outcome, not as rolled back", "[mysql][connection]") {
  auto direct = mysql_fresh();
  // COM_QUERY (3) and the text: what the client sends for tx.commit().
  test::check_commit_reply_lost(direct, test::url_port(mysql_url()), std::string("\x03") + "COMMIT", [](int port) {
    auto via_proxy = ctql::mariadb::connect(test::with_port(mysql_url(), port));
    via_proxy.execute("USE `" + mysql_test_database() + "`");
    return via_proxy;
  });
}

TEST_CASE("the session is utf8mb4, strict, UTC, and counts matched rows", "[mysql][connection]") {
  auto db = mysql_fresh();
  const std::string emoji = "\xF0\x9F\x98\x80 caf\xC3\xA9";
  db(insert_into(users).set(users.name = emoji));
  CHECK(db(select(users.name).from(users)).first() == std::tuple{emoji});
  CHECK(db(text<std::string>("SELECT @@character_set_client")).first() == std::tuple{std::string("utf8mb4")});
  CHECK(db(text<std::string>("SELECT @@time_zone")).first() == std::tuple{std::string("+00:00")});
  auto mode = std::get<0>(*db(text<std::string>("SELECT @@sql_mode")).first());
  CHECK_THAT(mode, Contains("STRICT_ALL_TABLES"));
  // CLIENT_FOUND_ROWS: a row set to the value it has is still counted.
  CHECK(db(update(users).set(users.age = 0).where(users.name == emoji)).rows_affected == 1);
}

TEST_CASE("execute runs several statements; text statements name their values", "[mysql][connection]") {
  auto db = mysql_fresh();
  db.execute("SET @a = 20; SET @b = 22; SELECT 1");
  CHECK(db(text<std::int64_t>("SELECT @a + @b")).first() == std::tuple{std::int64_t{42}});
  CHECK_THROWS_AS(db.execute("SET @a = 1; SELEKT 2"), ctql::error);
  db(insert_into(users).set(users.name = "Ann", users.age = 30));
  // A name used twice is one value; ':' inside quotes is text.
  auto rows = db(text<std::string, std::string>("SELECT name, ':age' FROM users WHERE age >= :age AND age <= :age"),
                 arg<"age">(30))
                  .all();
  CHECK(rows == std::vector<std::tuple<std::string, std::string>>{{"Ann", ":age"}});
  CHECK_THROWS_WITH(db(text<>("UPDATE users SET age = :age WHERE name = :name"), arg<"age">(1)),
                    Contains(":name has no value"));
  // An arg given twice does not compile (compile_fail_tests/sqlite/text_statement_given_an_arg_twice.cpp).
  CHECK(db(text<>("UPDATE users SET age = :age;"), arg<"age">(31)).rows_affected == 1);
  CHECK(db(text<>("INSERT INTO users (name) VALUES (:n)"), arg<"n">("Ben")).last_insert_id > 0);
}
TEST_CASE("a stored procedure's rows are read, and the results after them leave the connection ready",
          "[mysql][connection]") {
  auto db = mysql_fresh();
  db.execute("DROP PROCEDURE IF EXISTS two_rows; CREATE PROCEDURE two_rows() SELECT 1 UNION ALL SELECT 2; "
             "DROP PROCEDURE IF EXISTS nothing; CREATE PROCEDURE nothing() BEGIN END");
  CHECK(db(text<int>("CALL two_rows()")).all() == std::vector<std::tuple<int>>{{1}, {2}});
  CHECK(db(text<int>("CALL two_rows()")).first() == std::tuple{1});  // the rest and the status result are skipped
  CHECK(db(text<>("CALL two_rows()")).rows_affected == 0);
  CHECK_NOTHROW(db(text<>("CALL nothing()")));
  CHECK_THROWS_WITH(db(text<int>("CALL nothing()")).all(), Contains("returns 0 columns but text<...> names 1"));
  CHECK_THROWS_WITH(db(text<int, int>("CALL two_rows()")).all(), Contains("returns 1 columns but text<...> names 2"));
  db.execute("CALL two_rows()");
  CHECK(db(select(count()).from(users)).first() == std::tuple{std::int64_t{0}});
}
TEST_CASE("a deadlock victim's transaction: commit raises, and nothing more runs in it", "[mysql][connection]") {
  auto a = mysql_fresh();
  auto b = mysql_connect();
  auto watcher = mysql_connect();
  for (auto* db : {&a, &b}) db->execute("SET SESSION innodb_lock_wait_timeout = 5");  // bounded if no deadlock
  a(insert_into(users).set(users.name = "one", users.age = 0));  // id 1
  a(insert_into(users).set(users.name = "two", users.age = 0));  // id 2

  auto tx = a.transaction();
  a(update(users).set(users.age = 10).where(users.id == 1));  // a locks row 1
  std::string b_outcome;
  std::jthread other([&] {  // joined on the way out, whatever happens
    try {
      auto tb = b.transaction();
      // b changes more rows than a, so InnoDB picks a, the lighter transaction, as the victim.
      for (int i = 0; i < 20; ++i) b(insert_into(users).set(users.name = "b" + std::to_string(i)));
      b(update(users).set(users.age = 20).where(users.id == 2));  // b locks row 2
      b(text<>("UPDATE users SET age = 21 WHERE id = 1 /* waits for a */"));  // and waits for a's row 1
      tb.commit();
      b_outcome = "committed";
    } catch (const std::exception& e) {
      b_outcome = e.what();
    }
  });
  // Wait (at most 5 s) until b runs its UPDATE of row 1, which blocks on a's lock.
  const auto b_id = static_cast<std::int64_t>(mysql_thread_id(b.native_handle()));
  for (int i = 0; i < 500; ++i) {
    auto waiting = watcher(text<std::int64_t>("SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                                              "WHERE ID = :id AND INFO LIKE '%waits for a%'"),
                           arg<"id">(b_id))
                       .first();
    if (waiting == std::tuple{std::int64_t{1}}) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  // a now wants row 2, which b holds: a cycle. InnoDB rolls back all of a's transaction.
  try {
    a(update(users).set(users.age = 10).where(users.id == 2));
    other.join();
    FAIL("no deadlock; the other transaction: " << b_outcome);
  } catch (const ctql::error& e) {
    CHECK(e.code() == 1213);  // ER_LOCK_DEADLOCK
    CHECK_THAT(e.what(), Contains("the server rolled back the whole transaction"));
    CHECK_FALSE(e.transaction_outcome_unknown());  // rolled back, and the server said so
  }
  other.join();
  CHECK(b_outcome == "committed");
  // The server is out of the transaction (in autocommit): a statement on the guard would be
  // committed at once. It is refused, and so is commit().
  CHECK_THROWS_WITH(a(insert_into(users).set(users.name = "after deadlock")),
                    Contains("the transaction was rolled back by the server") && Contains("roll back the guard"));
  CHECK_THROWS_WITH(a(select(count()).from(users)).all(), Contains("rolled back by the server"));
  CHECK_THROWS_WITH(a.transaction(), Contains("rolled back by the server"));  // no savepoint in it either
  CHECK_THROWS_WITH(tx.commit(), Contains("the transaction was rolled back by the server"));
  CHECK_FALSE(a.transaction_outcome_unknown());
  CHECK(tx.active());  // still there to roll back
  tx.rollback();
  // The connection works again; the refused insert never happened, and a's update of row 1 was
  // undone: b's values stand.
  CHECK(a(select(count()).from(users).where(users.name == "after deadlock")).first() == std::tuple{std::int64_t{0}});
  CHECK(watcher(select(users.age).from(users).where(users.id <= 2).order_by(users.id)).all() ==
        std::vector<std::tuple<int>>{{21}, {20}});
  auto again = a.transaction();
  a(insert_into(users).set(users.name = "later"));
  again.commit();
  CHECK(watcher(select(count()).from(users).where(users.name == "later")).first() == std::tuple{std::int64_t{1}});
}

TEST_CASE("a transaction ended by an implicit commit refuses the statements of its guard", "[mysql][connection]") {
  auto db = mysql_fresh();
  {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "before"));
    db.execute("CREATE TABLE IF NOT EXISTS implicit_commit (x INT)");  // commits, and ends the transaction
    CHECK(db.transaction_outcome_unknown());  // ctql cannot tell CREATE TABLE from a ROLLBACK run by hand
    CHECK_THROWS_WITH(db(insert_into(users).set(users.name = "after")),
                      Contains("the transaction was ended outside it") && Contains("commits implicitly"));
    try {
      tx.commit();
      FAIL("a commit of a transaction the server had ended went through");
    } catch (const ctql::error& e) {
      CHECK_THAT(e.what(), Contains("whether its changes were committed is not known"));
      CHECK(e.transaction_outcome_unknown());
    }
  }  // the guard rolls back: nothing left to undo on the server
  CHECK_FALSE(db.transaction_outcome_unknown());  // no ctql transaction is open any more
  db.execute("DROP TABLE implicit_commit");
  // "before" was committed by CREATE TABLE; "after" never ran.
  CHECK(db(select(users.name).from(users)).all() == std::vector<std::tuple<std::string>>{{"before"}});
}

TEST_CASE("a session whose transaction an implicit commit ended keeps the keys it wrote, and says the outcome is not known",
          "[mysql][connection][orm]") {
  auto db = mysql_fresh();
  auto s = ctql::session(db);
  test::user_object& ann = s.add(test::user_object{.name = "Ann"});
  s.flush();  // INSERT in the session's transaction
  const std::int64_t ann_id = ann.id;
  REQUIRE(ann_id != 0);
  db.execute("CREATE TABLE IF NOT EXISTS implicit_commit (x INT)");  // commits Ann's row, ends the transaction
  test::user_object& ben = s.add(test::user_object{.name = "Ben"});
  try {
    s.commit();
    FAIL("the session committed in a transaction the server had ended");
  } catch (const ctql::error& e) {
    CHECK(e.transaction_outcome_unknown());
  }
  db.execute("DROP TABLE implicit_commit");
  // By hand: CREATE TABLE committed Ann; Ben's flush was refused, so Ben was never written.
  CHECK(ann.id == ann_id);  // before the fix: reset to 0, as if rolled back
  CHECK(ben.id == 0);
  CHECK(db(select(users.id, users.name).from(users)).all() ==
        std::vector<std::tuple<std::int64_t, std::string>>{{ann_id, "Ann"}});
  // Ann left the session: get() reads the row into an object of its own. Ben is still pending, and
  // the next commit writes him in a transaction of its own.
  const test::user_object* read = s.get<test::user_object>(ann_id);
  REQUIRE(read != nullptr);
  CHECK(read != &ann);
  s.commit();
  CHECK(ben.id != 0);
  CHECK(db(select(count()).from(users)).first() == std::tuple{std::int64_t{2}});
}

namespace {
struct codes_t : ctql::table<codes_t, "codes"> {
  column<"code", std::string, ctql::primary_key, ctql::max_length<10>> code;
  column<"label", std::string, ctql::max_length<40>> label;
};
constexpr codes_t codes{};
struct Code {
  using table = codes_t;
  std::string code;
  std::string label;
};
}  // namespace

TEST_CASE("session merge of a key the collation finds under another spelling updates that row, key as stored",
          "[mysql][connection][orm]") {
  auto db = mysql_fresh();
  db.drop_all(codes);
  db.create_all(codes);
  db(insert_into(codes).set(codes.code = "abc", codes.label = "old"));
  // The test database's collation ignores case (the server's default): the case this test is about.
  REQUIRE(db(select(count()).from(codes).where(codes.code == "ABC")).first() == std::tuple{std::int64_t{1}});
  {
    auto s = ctql::session(db);
    Code& merged = s.merge(Code{.code = "ABC", .label = "new"});
    CHECK(merged.code == "abc");  // the row's key as stored
    CHECK(merged.label == "new");
    s.commit();  // before the fix: "the primary key ... changed in the session", at every commit
    CHECK(s.get<Code>(std::string("ABC")) == &merged);  // the same object, found again by the database
  }
  // By hand: still one row, its key as stored, its label the merged one.
  CHECK(db(select(codes.code, codes.label).from(codes)).all() ==
        std::vector<std::tuple<std::string, std::string>>{{"abc", "new"}});
  db.drop_all(codes);
}

TEST_CASE("a lock wait timeout ends only the statement: the transaction goes on", "[mysql][connection]") {
  auto a = mysql_fresh();
  auto b = mysql_connect();
  b.execute("SET SESSION innodb_lock_wait_timeout = 1");
  a(insert_into(users).set(users.name = "one"));
  auto holder = a.transaction();
  a(update(users).set(users.age = 1).where(users.id == 1));
  {
    auto tx = b.transaction();
    b(insert_into(users).set(users.name = "mine"));
    // innodb_rollback_on_timeout is OFF (the default): 1205 undoes the statement, not the transaction.
    CHECK_THROWS_WITH(b(update(users).set(users.age = 2).where(users.id == 1)),
                      Contains("Lock wait timeout") && !Contains("rolled back the whole transaction"));
    b(insert_into(users).set(users.name = "also mine"));  // still in the transaction: not refused
    tx.commit();
  }
  holder.rollback();
  CHECK(a(select(count()).from(users)).first() == std::tuple{std::int64_t{3}});
}
#endif
