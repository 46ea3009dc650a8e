// ctql::create_engine: one program, the database chosen from a URL at run time; what a connection
// runs, run through an engine connection on SQLite (memory and file), MariaDB and PostgreSQL.
// Built when both server connectors are (ctql::engine exists): the tests need their servers.
#if defined(CTQL_TEST_MYSQL) && defined(CTQL_TEST_POSTGRES)
#include <catch2/catch.hpp>

#include <cstdio>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <ctql/engine.hpp>
#include <ctql/orm.hpp>

#include "scenarios/backends.hpp"

using namespace test;
using namespace ctql;

namespace {
struct User {
  using table = users_t;
  std::int64_t id = 0;
  std::string name = {};
  int age = 0;
  std::optional<std::string> email = {};
};

/// The engine URLs of the test servers, in this process's own database / schema.
std::string mariadb_url() {
  mysql_connect();  // creates this process's database
  std::string url = mysql_url();
  url = "mariadb://" + url.substr(url.find("://") + 3);
  return url.substr(0, url.rfind('/') + 1) + mysql_test_database();
}
std::string postgresql_url() {
  postgres_connect();  // creates this process's schema
  return postgres_url() + "?options=-csearch_path%3D" + test_schema();
}
std::vector<std::string> urls() {
  return {"sqlite://", "sqlite:///" + std::string("/tmp/ctql_engine_test_") + std::to_string(::getpid()) + ".db",
          mariadb_url(), postgresql_url()};
}
}  // namespace

TEST_CASE("an engine runs statements, prepare, transactions, create_all and mapped structs on each URL", "[engine]") {
  const std::vector<std::string> dialects{"sqlite", "sqlite", "mariadb", "postgres"};
  const auto all = urls();
  for (std::size_t i = 0; i < all.size(); ++i) {
    const std::string& url = all[i];
    INFO(url.substr(0, url.find("://")));
    auto engine = create_engine(url);
    auto db = engine.connect();
    CHECK(db.dialect_name() == dialects[i]);
    db.drop_all(posts, users);
    db.create_all(users, posts);

    // Two users; ages 30 and 40.
    CHECK(db(insert_into(users).set(users.name = "Ann", users.age = 30)).rows_affected == 1);
    User bob{.name = "Bob", .age = 40};
    db.insert(bob);
    CHECK(bob.id != 0);

    // A select: rows by first(), all(), as<T>() and iteration.
    auto names = select(users.name).from(users).order_by(users.name.asc());
    CHECK(db(names).all() == std::vector<std::tuple<std::string>>{{"Ann"}, {"Bob"}});
    CHECK(std::get<0>(*db(names).first()) == "Ann");
    std::vector<std::string> seen;
    for (auto [name] : db(names)) seen.push_back(name);
    CHECK(seen == std::vector<std::string>{"Ann", "Bob"});

    // Prepared: only Bob (40) is >= 35.
    auto older = db.prepare(select(users.name).from(users).where(users.age >= param<"min">));
    CHECK(older(35).all().size() == 1);
    CHECK(older(0).all().size() == 2);

    // A transaction rolled back leaves 2 users; one committed makes 3.
    {
      auto tx = db.transaction();
      db(insert_into(users).set(users.name = "Gone"));
    }
    {
      auto tx = db.transaction();
      db(insert_into(users).set(users.name = "Cy", users.age = 7));
      tx.commit();
    }
    CHECK(std::get<0>(*db(select(count()).from(users)).first()) == 3);

    // Mapped structs: get by key.
    auto found = db.get<User>(bob.id);
    REQUIRE(found);
    CHECK(found->name == "Bob");
    CHECK(found->age == 40);

    // The session, through visit(): the dialect's own connection. Dee (age 5) flushed on commit.
    db.visit([](auto& c) {
      ctql::session s(c);
      s.add(User{.name = "Dee", .age = 5});
      s.commit();
    });
    CHECK(std::get<0>(*db(select(count()).from(users).where(users.name == "Dee")).first()) == 1);
    db(delete_from(users).where(users.name == "Dee"));

    // text<> with a hostile value.
    db(text<>("UPDATE users SET name = :n WHERE name = 'Cy'"), arg<"n">("Zoë'); --"));
    CHECK(std::get<0>(*db(text<std::string>("SELECT name FROM users WHERE age = :a"), arg<"a">(7)).first()) ==
          "Zoë'); --");
    db.drop_all(posts, users);
  }
  std::remove(("/tmp/ctql_engine_test_" + std::to_string(::getpid()) + ".db").c_str());
}

TEST_CASE("an engine picks the dialect from the URL and refuses an unknown one", "[engine]") {
  CHECK(create_engine("sqlite://").dialect_name() == "sqlite");
  CHECK(create_engine("mysql://u@127.0.0.1/x").dialect_name() == "mysql");  // no connection until connect()
  CHECK(create_engine("mariadb://u@127.0.0.1/x").dialect_name() == "mariadb");
  CHECK(create_engine("postgresql://u@127.0.0.1/x").dialect_name() == "postgres");
  CHECK_THROWS_WITH(create_engine("oracle://x"), Catch::Contains("not oracle:..."));
  // A URL that is not one says so without echoing it: what follows the scheme may be a password.
  for (const char* mistyped : {"mysql:/app:Sup3rS3cret@127.0.0.1/db", "app:Sup3rS3cret@127.0.0.1/db",
                               "postgresql:app:Sup3rS3cret@127.0.0.1/db", "Sup3rS3cret"}) {
    try {
      create_engine(mistyped);
      FAIL("create_engine took " << mistyped);
    } catch (const ctql::error& e) {
      CHECK_THAT(e.what(), !Catch::Contains("Sup3rS3cret"));
      CHECK_THAT(e.what(), Catch::Contains("create_engine takes sqlite:///path"));
    }
  }
  // A SQLite URL whose connections would each open a database of their own is refused.
  for (const char* private_databases : {"sqlite:///", "sqlite:///file::memory:", "sqlite:///file:x?mode=memory",
                                        "sqlite:///:memory:?cache=shared"})
    CHECK_THROWS_WITH(create_engine(private_databases), Catch::Contains("names no file that the pool's connections share"));
  // mysql:// to a MariaDB server: the MySQL dialect refuses it at connect.
  std::string url = mysql_url();
  CHECK_THROWS_AS(create_engine(url).connect(), ctql::error);
}

TEST_CASE("sqlite:// is one shared in-memory database; echo writes statements", "[engine]") {
  std::ostringstream out;
  auto engine = create_engine("sqlite://", {.pool = {.timeout = std::chrono::milliseconds(50)}});
  engine.on_statement(echo(out));
  {
    auto db = engine.connect();
    db.create_all(users);
    db(insert_into(users).set(users.name = "Ann"));
  }
  {
    auto db = engine.connect();  // the same database: Ann is there
    CHECK(std::get<0>(*db(select(count()).from(users)).first()) == 1);
    // One connection: a second connect() while it is out times out.
    CHECK_THROWS_WITH(engine.connect(), Catch::Contains("size 1 + max_overflow 0, 1 in use"));
  }
  CHECK(out.str().find("INSERT INTO") != std::string::npos);
}

TEST_CASE("sqlite:// keeps its database when a result outlives the pooled connection", "[engine]") {
  auto engine = create_engine("sqlite://");
  auto kept = [&] {
    auto db = engine.connect();
    db.create_all(users);
    db(insert_into(users).set(users.name = "Ann"));
    db(insert_into(users).set(users.name = "Ben"));
    return db(select(users.name).from(users).order_by(users.name));
  }();  // the result still holds the connection: the pool closes it instead of keeping it
  {
    auto db = engine.connect();  // a new connection, to the same database: before the fix, an empty one
    CHECK(std::get<0>(*db(select(count()).from(users)).first()) == 2);
  }
  std::vector<std::string> names;
  for (const auto& [name] : kept) names.push_back(name);
  CHECK(names == std::vector<std::string>{"Ann", "Ben"});
  auto db = engine.connect();
  db(insert_into(users).set(users.name = "Cy"));
  CHECK(std::get<0>(*db(select(count()).from(users)).first()) == 3);
}

TEST_CASE("two sqlite:// engines are two databases", "[engine]") {
  auto first = create_engine("sqlite://");
  auto second = create_engine("sqlite://");
  {
    auto db = first.connect();
    db.create_all(users);
    db(insert_into(users).set(users.name = "Ann"));
  }
  auto db = second.connect();
  db.create_all(users);  // no such table yet in the second: created, empty
  CHECK(std::get<0>(*db(select(count()).from(users)).first()) == 0);
}

#endif  // CTQL_TEST_MYSQL && CTQL_TEST_POSTGRES
