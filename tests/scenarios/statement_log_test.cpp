// The statement observer: db.on_statement sees every statement once, when it is over, with its
// SQL, time, rows and error; echo() writes them; unset, nothing is seen.
#include <catch2/catch.hpp>

#include <chrono>
#include <optional>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <ctql/echo.hpp>

#include "scenarios/backends.hpp"

using namespace test;
using namespace ctql;

namespace {
struct seen {
  std::string sql;
  std::uint64_t rows;
  bool failed;
  std::string error;
  std::chrono::nanoseconds duration;
};
struct event_log {
  std::vector<seen> events;
  statement_observer observer() {
    return [this](const statement_event& e) {
      events.push_back({std::string(e.sql), e.rows, e.error != nullptr, e.error ? e.error->what() : "", e.duration});
    };
  }
};
// A table this test never creates: a select from it fails when the database prepares it.
struct never_created_t : table<never_created_t, "never_created"> {
  column<"id", std::int64_t, ctql::primary_key> id;
};
inline constexpr never_created_t never_created{};
// The message of the ctql::error that run() raises; empty if it raises none.
template <class Run>
std::string raised_by(Run&& run) {
  try {
    run();
  } catch (const ctql::error& e) {
    return e.what();
  }
  return {};
}
}  // namespace

TEMPLATE_LIST_TEST_CASE("the observer sees each statement once, with its SQL, rows and time", "[scenario][observer]",
                        backends) {
  using D = typename TestType::dialect;
  auto db = TestType::connect();
  event_log seen;
  db.on_statement(seen.observer());

  // An insert: its SQL as the dialect renders it, one row changed.
  db(insert_into(users).set(users.name = "Ann", users.age = 30));
  db(insert_into(users).set(users.name = "Bob", users.age = 40));
  REQUIRE(seen.events.size() == 2);
  CHECK(seen.events[0].sql == runtime_sql<D>(insert_into(users).set(users.name = "Ann", users.age = 30)));
  CHECK(seen.events[0].rows == 1);
  CHECK_FALSE(seen.events[0].failed);

  // A select is reported when its rows end, with the rows read: 2 (Ann and Bob).
  {
    auto q = select(users.name).from(users).order_by(users.name.asc());
    auto rows = db(q).all();
    CHECK(rows.size() == 2);
    REQUIRE(seen.events.size() == 3);
    CHECK(seen.events[2].sql == runtime_sql<D>(q));
    CHECK(seen.events[2].rows == 2);
  }
  // A select read only in part: reported when the result goes, with the one row read.
  {
    auto r = db(select(users.name).from(users).order_by(users.name.asc()));
    auto it = r.begin();
    CHECK(std::get<0>(*it) == "Ann");
    CHECK(seen.events.size() == 3);  // not over yet
  }
  REQUIRE(seen.events.size() == 4);
  CHECK(seen.events[3].rows == 1);

  // An update of both rows (age >= 0 holds for Ann and Bob): 2 rows.
  db(update(users).set(users.age = users.age + 1).where(users.age >= 0));
  REQUIRE(seen.events.size() == 5);
  CHECK(seen.events[4].rows == 2);

  // A prepared statement, each run: its SQL with the placeholder, 1 row (only Bob, aged 41, is >= 41).
  auto older = db.prepare(select(users.name).from(users).where(users.age >= param<"min">));
  CHECK(older(41).all().size() == 1);
  REQUIRE(seen.events.size() == 6);
  CHECK(seen.events[5].sql == runtime_sql<D>(select(users.name).from(users).where(users.age >= param<"min">)));
  CHECK(seen.events[5].rows == 1);

  // A transaction: BEGIN, the statement, COMMIT, each seen.
  {
    auto tx = db.transaction();
    db(delete_from(users).where(users.name == "Bob"));
    tx.commit();
  }
  REQUIRE(seen.events.size() == 9);
  CHECK(seen.events[6].sql == "BEGIN");
  CHECK(seen.events[7].rows == 1);
  CHECK(seen.events[8].sql == "COMMIT");

  // text<> and execute().
  db(text<std::string>("SELECT name FROM users WHERE name = :n"), arg<"n">("Ann")).all();
  db.execute("DELETE FROM users WHERE name = 'nobody'");
  REQUIRE(seen.events.size() == 11);
  CHECK(seen.events[9].sql == "SELECT name FROM users WHERE name = :n");
  CHECK(seen.events[9].rows == 1);
  CHECK(seen.events[10].sql == "DELETE FROM users WHERE name = 'nobody'");
  for (const auto& e : seen.events) CHECK(e.duration.count() >= 0);

  // Stopped: nothing more is seen.
  db.on_statement(statement_observer{});
  db(select(count()).from(users)).first();
  CHECK(seen.events.size() == 11);
}

TEMPLATE_LIST_TEST_CASE("the observer sees a failed statement once, with its error", "[scenario][observer]",
                        backends) {
  auto db = TestType::connect();
  event_log seen;
  db.on_statement(seen.observer());
  db(insert_into(users).set(users.name = "a", users.email = "same@x"));
  // A duplicate unique email: the database refuses it; the observer hears the same error.
  const std::string raised = raised_by([&] { db(insert_into(users).set(users.name = "b", users.email = "same@x")); });
  REQUIRE_FALSE(raised.empty());
  REQUIRE(seen.events.size() == 2);
  CHECK(seen.events[1].failed);
  CHECK(seen.events[1].error == raised);
  CHECK(seen.events[1].rows == 0);
  // A select the database refuses (no such table): one failed event.
  CHECK_THROWS_AS(db(text<std::int64_t>("SELECT x FROM no_such_table")).all(), ctql::error);
  REQUIRE(seen.events.size() == 3);
  CHECK(seen.events[2].failed);
  CHECK(seen.events[2].sql == "SELECT x FROM no_such_table");
}

TEMPLATE_LIST_TEST_CASE("the observer sees a typed select or change that fails before it runs, once, with its error",
                        "[scenario][observer]", backends) {
  auto db = TestType::connect();
  event_log seen;
  db.on_statement(seen.observer());
  // The table does not exist: each statement fails where the database first sees it (prepared or
  // sent), before any row; the observer hears each once, with the error the caller got.
  const std::string select_error = raised_by([&] { db(select(never_created.id).from(never_created)).all(); });
  const std::string insert_error = raised_by([&] { db(insert_into(never_created).set(never_created.id = 1)); });
  auto prepared = db.prepare(select(never_created.id).from(never_created).where(never_created.id == param<"id">));
  const std::string prepared_error = raised_by([&] { prepared(std::int64_t{1}).all(); });
  REQUIRE_FALSE(select_error.empty());
  REQUIRE_FALSE(insert_error.empty());
  REQUIRE_FALSE(prepared_error.empty());
  REQUIRE(seen.events.size() == 3);
  CHECK(seen.events[0].failed);
  CHECK(seen.events[0].error == select_error);
  CHECK(seen.events[0].sql.find("never_created") != std::string::npos);
  CHECK(seen.events[1].failed);
  CHECK(seen.events[1].error == insert_error);
  CHECK(seen.events[1].sql.starts_with("INSERT INTO"));
  CHECK(seen.events[2].failed);
  CHECK(seen.events[2].error == prepared_error);
  // The session goes on: a good statement is seen as done.
  db(select(count()).from(users)).first();
  REQUIRE(seen.events.size() == 4);
  CHECK_FALSE(seen.events[3].failed);
  CHECK(seen.events[3].rows == 1);
}

TEMPLATE_LIST_TEST_CASE("the observer sees a prepared change and a bulk insert in batches once, with their rows",
                        "[scenario][observer]", backends) {
  using D = typename TestType::dialect;
  auto db = TestType::connect();
  event_log seen;
  db.on_statement(seen.observer());

  // 1,234 rows, ages 0 to 1,233: three batches on SQLite (500 a batch) in one transaction, one
  // statement elsewhere. The insert is seen once, after its batches' BEGIN and COMMIT, with every row.
  std::vector<std::tuple<std::string, int>> rows;
  for (int i = 0; i < 1234; ++i) rows.emplace_back("u" + std::to_string(i), i);
  CHECK(db(insert_into(users).columns(users.name, users.age).values(rows)).rows_affected == 1234);
  REQUIRE_FALSE(seen.events.empty());
  CHECK(seen.events.back().rows == 1234);
  CHECK_FALSE(seen.events.back().failed);
  for (std::size_t i = 0; i + 1 < seen.events.size(); ++i) {
    const std::string& sql = seen.events[i].sql;
    CHECK((sql == "BEGIN" || sql == "COMMIT" || sql.starts_with("SAVEPOINT") || sql.starts_with("RELEASE")));
  }

  // A prepared update: its SQL with placeholders; ages 0 to 9 are below 10, so 10 rows.
  const auto q = update(users).set(users.email = param<"email">).where(users.age < param<"below">);
  auto set_email = db.prepare(q);
  seen.events.clear();
  CHECK(set_email(arg<"email">(std::optional<std::string>{}), arg<"below">(10)).rows_affected == 10);
  REQUIRE(seen.events.size() == 1);
  CHECK(seen.events[0].sql == runtime_sql<D>(q));
  CHECK(seen.events[0].rows == 10);
  CHECK_FALSE(seen.events[0].failed);

  // The same, failing: one email for the 2 rows below age 2 breaks email's UNIQUE. Seen once, with the
  // error the caller gets.
  const std::string raised =
      raised_by([&] { set_email(arg<"email">(std::optional<std::string>{"same@x"}), arg<"below">(2)); });
  REQUIRE_FALSE(raised.empty());
  REQUIRE(seen.events.size() == 2);
  CHECK(seen.events[1].failed);
  CHECK(seen.events[1].error == raised);
  // A good statement after it is seen as done, with its row (the user aged 5).
  CHECK(db(update(users).set(users.age = 500).where(users.age == 5)).rows_affected == 1);
  REQUIRE(seen.events.size() == 3);
  CHECK(seen.events[2].rows == 1);
  CHECK_FALSE(seen.events[2].failed);
}

TEMPLATE_LIST_TEST_CASE("echo writes each statement, and a hostile text unharmed", "[scenario][observer]", backends) {
  auto db = TestType::connect();
  std::ostringstream out;
  db.on_statement(echo(out));
  db(insert_into(users).set(users.name = "Zoë 'quoted' ; DROP TABLE users; --", users.age = 1));
  const std::string text = out.str();
  CHECK(text.rfind("ctql: ", 0) == 0);
  CHECK(text.find("1 rows: INSERT INTO") != std::string::npos);
  // Values are placeholders in the SQL: the value never shows (no password or personal data leaks).
  CHECK(text.find("Zoë") == std::string::npos);
  // The row went in as given.
  CHECK(std::get<0>(*db(select(users.name).from(users)).first()) == "Zoë 'quoted' ; DROP TABLE users; --");
}

TEMPLATE_LIST_TEST_CASE("a select read in part while another statement runs is seen once, with every row read",
                        "[scenario][observer][hostile]", backends) {
  auto db = TestType::connect();
  db(insert_into(users).set(users.name = "a", users.age = 1));
  db(insert_into(users).set(users.name = "b", users.age = 2));
  db(insert_into(users).set(users.name = "c", users.age = 3));
  event_log seen;
  db.on_statement(seen.observer());
  std::vector<std::string> names;
  {
    auto rows = db(select(users.name).from(users).order_by(users.name));
    auto it = rows.begin();
    names.push_back(std::get<0>(*it));
    // Another statement on the connection while two rows remain (MySQL and PostgreSQL read them into
    // memory first; SQLite steps the same statement on).
    CHECK(db(update(users).set(users.age = 10).where(users.name == "c")).rows_affected == 1);
    for (++it; it != rows.end(); ++it) names.push_back(std::get<0>(*it));
  }
  // Worked out by hand: a, b, c, in order, none lost; the update seen first (when it was done) with its
  // 1 row, then the select (when its result went) with the 3 rows read, neither failed.
  CHECK(names == std::vector<std::string>{"a", "b", "c"});
  REQUIRE(seen.events.size() == 2);
  CHECK(seen.events[0].sql.starts_with("UPDATE"));
  CHECK(seen.events[0].rows == 1);
  CHECK(seen.events[1].sql.starts_with("SELECT"));
  CHECK(seen.events[1].rows == 3);
  CHECK_FALSE(seen.events[0].failed);
  CHECK_FALSE(seen.events[1].failed);
  // The update ran: c is now 10.
  CHECK(db(select(users.age).from(users).where(users.name == "c")).all() == std::vector{std::tuple<int>{10}});
}
