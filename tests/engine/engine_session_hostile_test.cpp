// ctql::session(db) on an engine connection, as a demanding user drives it, on each URL the engine
// takes (sqlite://, mariadb://, postgresql://; the test server is MariaDB): keys written back for an auto-assigned,
// an explicit and a composite key; merge() of an existing row; a rollback, then the pooled
// connection reused; two sessions on one connection; a failed commit then its retry; NULLs,
// unicode and reserved words as names; a server connection killed before the commit.
// Built when both server connectors are (ctql::engine exists).
#if defined(CTQL_TEST_MYSQL) && defined(CTQL_TEST_POSTGRES)
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include <libpq-fe.h>
#include <mysql.h>

#include <ctql/engine.hpp>
#include <ctql/orm.hpp>

#include "scenarios/mysql_backend.hpp"
#include "scenarios/postgres_backend.hpp"

namespace {
// Reserved words as the table's and columns' names, with a space too.
struct hx_order_t : ctql::table<hx_order_t, "hx order"> {
  column<"select", std::int64_t, ctql::primary_key> select_;
  column<"group", std::string, ctql::max_length<40>, ctql::unique> group;
  column<"desc", std::optional<std::string>> desc;
};
inline constexpr hx_order_t hx_order{};
struct Order {
  using table = hx_order_t;
  std::int64_t select_ = 0;
  std::string group = {};
  std::optional<std::string> desc = {};
};

// A composite key: never assigned by the database.
struct hx_pair_t : ctql::table<hx_pair_t, "hx pair"> {
  column<"left", std::int64_t, ctql::primary_key> left;
  column<"right", std::string, ctql::primary_key, ctql::max_length<20>> right;
  column<"n", int> n;
};
inline constexpr hx_pair_t hx_pair{};
struct Pair {
  using table = hx_pair_t;
  std::int64_t left = 0;
  std::string right = {};
  int n = 0;
};

// A strong id that says it is an integer: a key the database assigns (value_traits, docs/value_types.md).
struct ticket_id {
  std::int64_t v;
  friend bool operator==(ticket_id, ticket_id) = default;
};
}  // namespace
template <>
struct ctql::value_traits<ticket_id> {
  using stored_type = std::int64_t;
  static constexpr ctql::category sql_category = ctql::category::integral;
  static std::int64_t to_stored(ticket_id t) { return t.v; }
  static ticket_id from_stored(std::int64_t v) { return {v}; }
};
namespace {
struct hx_tickets_t : ctql::table<hx_tickets_t, "hx tickets"> {
  column<"id", ticket_id, ctql::primary_key> id;
  column<"what", std::string> what;
};
inline constexpr hx_tickets_t hx_tickets{};
struct Ticket {
  using table = hx_tickets_t;
  ticket_id id{0};
  std::string what = {};
};

/// The URLs, each to this test process's own database (MariaDB) or schema (PostgreSQL), as the
/// engine scenarios' (scenarios/engine_backend.hpp): test processes running at once share no table.
/// The server behind CTQL_MYSQL_URL is MariaDB (ctql::mysql refuses it by design): mariadb://.
std::vector<std::string> urls() {
  static const std::vector<std::string> out = [] {
    test::mysql_connect();     // creates this process's database
    test::postgres_connect();  // and schema
    const std::string mysql = test::mysql_url();
    const std::string server = mysql.substr(mysql.find("://") + 3);
    const std::string pg = test::postgres_url();
    return std::vector<std::string>{
        "sqlite://", "mariadb://" + server.substr(0, server.rfind('/') + 1) + test::mysql_test_database(),
        pg + (pg.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + test::test_schema()};
  }();
  return out;
}

std::int64_t orders(ctql::engine_connection& db) {
  return std::get<0>(*db(ctql::select(ctql::count()).from(hx_order)).first());
}

ctql::engine fresh_engine(const std::string& url) {
  auto engine = ctql::create_engine(url, {.pool = {.size = 2, .max_overflow = 0}});
  auto db = engine.connect();
  db.drop_all(hx_pair, hx_order);
  db.create_all(hx_order, hx_pair);
  return engine;
}
}  // namespace

TEST_CASE("engine session: keys written back (auto, explicit, composite), NULLs, unicode, reserved words, merge",
          "[engine][session][hostile]") {
  for (const auto& url : urls()) {
    INFO(url.substr(0, url.find("://")));  // the scheme: no password in the test log
    auto engine = fresh_engine(url);
    auto db = engine.connect();
    {
      auto s = ctql::session(db);
      Order& a = s.add(Order{.group = "Zoë ✓", .desc = std::nullopt});
      Order& b = s.add(Order{.select_ = 10, .group = "explicit", .desc = std::string("")});
      Order& c = s.add(Order{.group = "日本語", .desc = std::string("it's \"quoted\"")});
      Pair& p = s.add(Pair{.left = 1, .right = "ß", .n = 3});
      s.commit();
      // Explicit keys go first (10); then the unassigned ones get the counter's next values in order:
      // SQLite max(10) + 1 = 11, + 2 = 12; MySQL/MariaDB's counter is past 10 after the explicit
      // insert (10 + 1 = 11, 12); PostgreSQL's identity sequence is not moved by an explicit key: 1, 2.
      CHECK(b.select_ == 10);
      if (db.dialect_name() == "postgres") {
        CHECK(a.select_ == 1);
        CHECK(c.select_ == 2);
      } else {
        CHECK(a.select_ == 11);
        CHECK(c.select_ == 12);
      }
      CHECK(p.left == 1);
      CHECK(p.right == "ß");
    }
    // Read back by a fresh session: the written values, the NULL and the empty string kept apart.
    {
      auto s = ctql::session(db);
      const auto all = s.query<Order>().order_by(hx_order.group.asc()).all();
      REQUIRE(all.size() == 3);
      std::vector<std::string> groups;
      for (auto* o : all) groups.push_back(o->group);
      CHECK(std::find(groups.begin(), groups.end(), "Zoë ✓") != groups.end());
      CHECK(std::find(groups.begin(), groups.end(), "日本語") != groups.end());
      Order* ten = s.get<Order>(std::int64_t{10});
      REQUIRE(ten != nullptr);
      CHECK(ten->desc == std::optional<std::string>(""));  // empty, not NULL
      Pair* p = s.get<Pair>(std::int64_t{1}, std::string("ß"));
      REQUIRE(p != nullptr);
      CHECK(p->n == 3);
      // merge() of an existing row: the session's own object (the one get() gave) is updated.
      Order& m = s.merge(Order{.select_ = 10, .group = "merged", .desc = std::nullopt});
      CHECK(&m == ten);
      // merge() of a composite key not in the table: an insert.
      s.merge(Pair{.left = 2, .right = "x", .n = 7});
      s.commit();
    }
    CHECK(db.get<Order>(std::int64_t{10})->group == "merged");
    CHECK_FALSE(db.get<Order>(std::int64_t{10})->desc.has_value());  // NULL written over ""
    CHECK(db.get<Pair>(std::int64_t{2}, std::string("x"))->n == 7);
    CHECK(orders(db) == 3);
  }
}

TEST_CASE("engine session: a rollback, then the pooled connection reused; a failed commit, then its retry",
          "[engine][session][hostile]") {
  for (const auto& url : urls()) {
    INFO(url.substr(0, url.find("://")));  // the scheme: no password in the test log
    auto engine = fresh_engine(url);
    {
      auto db = engine.connect();
      auto s = ctql::session(db);
      Order& o = s.add(Order{.group = "gone"});
      s.flush();
      CHECK(o.select_ != 0);
      s.rollback();
      CHECK(o.select_ == 0);  // the key the flush wrote is taken back
      CHECK_FALSE(db.in_transaction());
      // the same session again after its rollback: the object left it; a new one is written
      Order& again = s.add(Order{.group = "again"});
      s.commit();
      CHECK(again.select_ != 0);
    }
    {
      auto db = engine.connect();  // the connection given back, or the other: clean either way
      CHECK_FALSE(db.in_transaction());
      CHECK(orders(db) == 1);  // "again" only
      auto s = ctql::session(db);
      Order& clash = s.add(Order{.group = "again"});  // unique "group" clashes with the committed row
      Order& fine = s.add(Order{.group = "fine"});
      try {
        s.commit();
        FAIL("a unique clash committed");
      } catch (const ctql::error& e) {
        CHECK_THAT(e.what(), Catch::Contains("1st object of table hx order"));
      }
      CHECK(clash.select_ == 0);  // nothing of the flush written, keys taken back
      CHECK(fine.select_ == 0);
      clash.group = "renamed";  // fixed by the user, then the same session commits
      s.commit();
      CHECK(clash.select_ != 0);
      CHECK(fine.select_ != 0);
      CHECK(clash.select_ != fine.select_);
      CHECK_FALSE(db.in_transaction());
    }
    auto db = engine.connect();
    CHECK(orders(db) == 3);  // again, renamed, fine
  }
}

TEST_CASE("engine session: an object whose row was deleted outside the session: the flush says so",
          "[engine][session][hostile]") {
  for (const auto& url : urls()) {
    INFO(url.substr(0, url.find("://")));  // the scheme: no password in the test log
    auto engine = fresh_engine(url);
    auto db = engine.connect();
    auto s = ctql::session(db);
    Order& o = s.add(Order{.select_ = 5, .group = "g"});
    s.commit();
    db(ctql::delete_from(hx_order).where(hx_order.select_ == 5));  // behind the session's back
    o.group = "changed";
    // The update finds no row with key 5: the message says which object, and why.
    CHECK_THROWS_WITH(s.commit(), Catch::Contains("updating the 1st object of table hx order") &&
                                      Catch::Contains("no row has this object's key any more"));
    CHECK(orders(db) == 0);
  }
}

TEST_CASE("engine session: two sessions on one engine connection", "[engine][session][hostile]") {
  for (const auto& url : urls()) {
    INFO(url.substr(0, url.find("://")));  // the scheme: no password in the test log
    auto engine = fresh_engine(url);
    auto db = engine.connect();
    auto s1 = ctql::session(db);
    auto s2 = ctql::session(db);
    s1.add(Order{.group = "one"});
    s1.flush();  // s1 holds the connection's transaction
    s2.add(Order{.group = "two"});
    CHECK_THROWS_WITH(s2.flush(), Catch::Contains("another session has work in a transaction"));
    s1.commit();
    s2.commit();  // now free
    CHECK(orders(db) == 2);
    CHECK_FALSE(db.in_transaction());
  }
}

namespace {
/// The server's id of db's connection (PostgreSQL: its backend's pid; MariaDB/MySQL: its thread id).
long long server_connection_id(ctql::engine_connection& db) {
  return db.visit([]<class C>(C& c) -> long long {
    if constexpr (std::is_same_v<typename C::dialect, ctql::postgres>)
      return PQbackendPID(c.native_handle());
    else if constexpr (std::is_same_v<typename C::dialect, ctql::sqlite>)
      return 0;
    else
      return static_cast<long long>(mysql_thread_id(c.native_handle()));
  });
}
/// Ends the server connection `id` from `killer`, another connection of the same engine, as a
/// server that goes away would.
void kill_server_connection(ctql::engine_connection& killer, long long id) {
  if (killer.dialect_name() == "postgres")
    killer.execute("SELECT pg_terminate_backend(" + std::to_string(id) + ")");
  else
    killer.execute("KILL CONNECTION " + std::to_string(id));
}
}  // namespace

TEST_CASE("engine session: the server connection killed between flush and commit", "[engine][session][hostile]") {
  for (const auto& url : urls()) {
    if (url.starts_with("sqlite")) continue;
    INFO(url.substr(0, url.find("://")));  // the scheme: no password in the test log
    auto engine = fresh_engine(url);
    auto killer = engine.connect();
    {
      auto db = engine.connect();
      auto s = ctql::session(db);
      Order& o = s.add(Order{.group = "half"});
      s.flush();
      const long long id = server_connection_id(db);
      kill_server_connection(killer, id);
      const std::int64_t key = o.select_;
      try {
        s.commit();
        FAIL("a commit on a killed connection went through");
      } catch (const ctql::error& e) {
        // The client learns of the kill only when COMMIT gets no answer: it cannot tell that the
        // server ended the connection before COMMIT rather than after committing it.
        CHECK(e.transaction_outcome_unknown());
      }
      CHECK(o.select_ == key);  // kept, not reset to 0 as if the rollback were known
      s.commit();  // the object left the session: nothing to write, no error
    }
    CHECK(orders(killer) == 0);  // by hand: killed before COMMIT, so nothing was committed
    auto again = engine.connect();  // the pool replaces the dead connection
    auto s = ctql::session(again);
    s.add(Order{.group = "after"});
    s.commit();
    CHECK(orders(killer) == 1);
  }
}

TEST_CASE("engine session: the server connection killed in the middle of a flush", "[engine][session][hostile]") {
  for (const auto& url : urls()) {
    if (url.starts_with("sqlite")) continue;
    INFO(url.substr(0, url.find("://")));  // the scheme: no password in the test log
    auto engine = fresh_engine(url);
    auto killer = engine.connect();
    {
      auto db = engine.connect();
      {
        auto s = ctql::session(db);
        s.add(Order{.select_ = 1, .group = "kept"});
        s.commit();
      }
      const long long id = server_connection_id(db);
      auto s = ctql::session(db);
      Order* kept = s.get<Order>(std::int64_t{1});
      REQUIRE(kept != nullptr);
      kept->group = "changed";
      Order& a = s.add(Order{.group = "a"});
      Order& b = s.add(Order{.group = "b"});
      // The connection dies right after the flush's first insert: the update and the rest fail.
      int inserts = 0;
      db.on_statement([&](const ctql::statement_event& e) {
        if (e.sql.starts_with("INSERT") && ++inserts == 1) {
          kill_server_connection(killer, id);
        }
      });
      try {
        s.commit();
        FAIL("a flush on a killed connection went through");
      } catch (const ctql::error& e) {
        CHECK_THAT(e.what(), Catch::Contains("the connection was lost"));
      }
      CHECK(a.select_ == 0);  // keys the failed flush wrote are taken back
      CHECK(b.select_ == 0);
      db.on_statement(nullptr);
    }
    // Nothing of the flush committed: "kept" (key 1) as it was, no "a" or "b".
    CHECK(orders(killer) == 1);
    CHECK(killer.get<Order>(std::int64_t{1})->group == "kept");
  }
}

TEST_CASE("engine session: a strong id as the key the database assigns", "[engine][session][hostile]") {
  for (const auto& url : urls()) {
    INFO(url.substr(0, url.find("://")));
    auto engine = fresh_engine(url);
    auto db = engine.connect();
    db.drop_all(hx_tickets);
    db.create_all(hx_tickets);
    auto s = ctql::session(db);
    const auto added = s.add_all(std::vector<Ticket>{{.what = "a"}, {.what = "b"}});
    s.commit();
    CHECK(added[0]->id == ticket_id{1});  // an empty table: 1, 2 on every dialect
    CHECK(added[1]->id == ticket_id{2});
    CHECK(s.get<Ticket>(ticket_id{2}) == added[1]);
    db.drop_all(hx_tickets);
  }
}
#endif
