// The per-connection cache of server-side prepared statements: reuse, the LRU bound with
// DEALLOCATE, schema changes, transactions.
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
  db.create_all(users);
  return db;
}
/// The prepared statements the server holds for this connection.
template <class Db>
std::int64_t server_statements(Db& db) {
  return std::get<0>(*db(text<std::int64_t>("SELECT count(*) FROM pg_prepared_statements")).first());
}
}  // namespace

TEST_CASE("PostgreSQL: running the same statement type again reuses its prepared statement", "[postgres][cache]") {
  auto db = fresh();
  const std::size_t before = db.cached_statements();
  for (int i = 0; i < 100; ++i) db(insert_into(users).set(users.name = "u", users.age = i));
  CHECK(db.cached_statements() == before + 1);
  for (std::int64_t i = 1; i <= 100; ++i)
    CHECK(db(select(users.age).from(users).where(users.id == i)).first() == std::tuple{int(i - 1)});
  CHECK(db.cached_statements() == before + 2);
  CHECK(server_statements(db) == static_cast<std::int64_t>(db.cached_statements()));  // no hidden copies
  // A prepared statement with parameters is one more.
  auto older = db.prepare(select(users.name).from(users).where(users.age > param<"min">));
  CHECK(older(97).all().size() == 2);
  CHECK(older(98).all().size() == 1);
  CHECK(db.cached_statements() == before + 3);
  // in(range): one statement per size.
  for (int round = 0; round < 3; ++round) {
    db(select(users.id).from(users).where(users.age.in(std::vector<int>{1, 2}))).all();
    db(select(users.id).from(users).where(users.age.in(std::vector<int>{1, 2, 3}))).all();
  }
  CHECK(db.cached_statements() == before + 5);
}

TEST_CASE("PostgreSQL: the cache is bounded: the least recently used statement is deallocated", "[postgres][cache]") {
  PGconn* handle = PQconnectdb(postgres_url().c_str());
  REQUIRE(PQstatus(handle) == CONNECTION_OK);
  PQsetNoticeProcessor(handle, [](void*, const char*) {}, nullptr);
  postgres::connection db(handle, 2);
  db.execute("CREATE SCHEMA IF NOT EXISTS " + test_schema() + "; SET search_path TO " + test_schema());
  db.drop_all(posts, users);
  db.create_all(users);
  db(select(users.id).from(users).where(users.id == 1)).all();
  db(select(users.name).from(users).where(users.id == 1)).all();
  db(select(users.age).from(users).where(users.id == 1)).all();
  CHECK(db.cached_statements() == 2);
  // pg_prepared_statements is read by a text statement, which is not cached.
  CHECK(std::get<0>(*db(text<std::int64_t>("SELECT count(*) FROM pg_prepared_statements")).first()) == 2);
  db(select(users.id).from(users).where(users.id == 1)).all();  // prepared again after eviction
  CHECK(db.cached_statements() == 2);
}

TEST_CASE("PostgreSQL: a cached statement follows schema changes", "[postgres][cache]") {
  auto db = fresh();
  db(insert_into(users).set(users.name = "before"));
  auto names = [&] { return db(select(users.name).from(users)).all(); };
  CHECK(names().size() == 1);
  db.drop_all(users);
  CHECK_THROWS_WITH(names(), Catch::Contains("does not exist"));
  db.create_all(users);
  CHECK(names().empty());  // the same prepared statement works on the new table
  db.execute(R"(ALTER TABLE "users" ADD COLUMN "extra" INTEGER)");
  db(insert_into(users).set(users.name = "after"));
  CHECK(names() == std::vector<std::tuple<string>>{{"after"}});
}

TEST_CASE("PostgreSQL: a cached statement whose result type changed (ALTER COLUMN TYPE) is prepared again",
          "[postgres][cache]") {
  auto db = fresh();
  db(insert_into(users).set(users.name = "Ann", users.age = 30));
  auto ages = [&] { return db(select(users.age).from(users)).all(); };
  auto older = db.prepare(select(users.name, users.age).from(users).where(users.age > param<"min">));
  auto rename = [&] { return db(update(users).set(users.name = "Ann").where(users.age == 30).returning(users.age)).all(); };
  CHECK(ages() == std::vector<std::tuple<int>>{{30}});
  CHECK(older(1).all() == std::vector<std::tuple<string, int>>{{"Ann", 30}});
  CHECK(rename() == std::vector<std::tuple<int>>{{30}});
  const std::size_t cached = db.cached_statements();
  // integer -> bigint: the plans cached by the three statements now return another type (a bigint
  // still reads into int when it fits).
  db.execute(R"(ALTER TABLE "users" ALTER COLUMN "age" TYPE BIGINT)");
  // Outside a transaction each runs again, prepared anew, and gives the same answers.
  CHECK(ages() == std::vector<std::tuple<int>>{{30}});
  CHECK(older(1).all() == std::vector<std::tuple<string, int>>{{"Ann", 30}});
  CHECK(rename() == std::vector<std::tuple<int>>{{30}});
  for (auto [age] : db(select(users.age).from(users))) CHECK(age == 30);  // streamed, not read whole
  // An insert runs with RETURNING "id" (for last_insert_id): its result type changes with the key's.
  CHECK(db(insert_into(users).set(users.name = "Ben")).last_insert_id == 2);
  db.execute(R"(ALTER TABLE "users" ALTER COLUMN "id" TYPE INTEGER)");
  CHECK(db(insert_into(users).set(users.name = "Cid")).last_insert_id == 3);  // Ann 1, Ben 2, Cid 3
  db(delete_from(users).where(users.id > 1));
  CHECK(db.cached_statements() == cached + 2);  // and the insert and the delete
  CHECK(server_statements(db) == static_cast<std::int64_t>(cached + 2));  // the old ones were deallocated
  // Inside a transaction the failure aborts it: reported, but the statement leaves the cache, so it
  // works after the rollback instead of failing for good.
  db.execute(R"(ALTER TABLE "users" ALTER COLUMN "age" TYPE INTEGER)");
  {
    auto tx = db.transaction();
    CHECK_THROWS_WITH(ages(), Catch::Contains("cached plan"));
    tx.rollback();
  }
  CHECK(ages() == std::vector<std::tuple<int>>{{30}});
  CHECK(ages() == std::vector<std::tuple<int>>{{30}});
  CHECK(server_statements(db) == static_cast<std::int64_t>(db.cached_statements()));
}

TEST_CASE("PostgreSQL: a select sent again after a refused plan still has its text arguments",
          "[postgres][cache]") {
  auto db = fresh();
  const string name(40, 'n');  // long enough to live on the heap
  db(insert_into(users).set(users.name = name, users.age = 7));
  auto by_name = [&] { return db(select(users.age).from(users).where(users.name == string(name))); };
  CHECK(by_name().all() == std::vector<std::tuple<int>>{{7}});
  db.execute(R"(ALTER TABLE "users" ALTER COLUMN "age" TYPE BIGINT)");
  // The statement (and its string) is a temporary, gone before the first row is read; that read
  // finds the plan refused and sends the select again, with the arguments it was given: age 7.
  // (Under the sanitizer build, a re-send that pointed into the temporary is a use-after-free.)
  std::vector<int> ages;
  for (auto [age] : by_name()) ages.push_back(age);
  CHECK(ages == std::vector<int>{7});
}

TEST_CASE("PostgreSQL: prepared statements outlive a rolled-back transaction", "[postgres][cache]") {
  auto db = fresh();
  {
    auto tx = db.transaction();
    db(insert_into(users).set(users.name = "gone"));
    CHECK(db(select(count()).from(users)).first() == std::tuple{std::int64_t{1}});
  }
  CHECK(db(select(count()).from(users)).first() == std::tuple{std::int64_t{0}});
  db(insert_into(users).set(users.name = "kept"));
  CHECK(db(select(count()).from(users)).first() == std::tuple{std::int64_t{1}});
  // Prepared for the first time inside a transaction that failed: prepared again afterwards.
  {
    auto tx = db.transaction();
    CHECK_THROWS_AS(db(text<>("SELEKT")), ctql::error);
    CHECK_THROWS_WITH(db(delete_from(users).where(users.age == 5)), Catch::Contains("aborted"));
  }
  CHECK(db(delete_from(users).where(users.age == 0)).rows_affected == 1);
}

TEST_CASE("PostgreSQL: statements the server dropped (DISCARD ALL, DEALLOCATE ALL) are prepared again", "[postgres][cache]") {
  auto db = fresh();
  auto add = [&](const char* name) { return db(insert_into(users).set(users.name = name)).rows_affected; };
  auto count_users = [&] { return std::get<0>(*db(select(count()).from(users)).first()); };
  auto by_name = db.prepare(select(users.id).from(users).where(users.name == param<"n">));
  CHECK(add("a") == 1);
  CHECK(count_users() == 1);
  CHECK(by_name("a").all().size() == 1);
  CHECK(server_statements(db) >= 3);
  // What a connection pooler or a program resetting its session runs. Before, every statement
  // prepared earlier failed from then on ("prepared statement \"ctql_1\" does not exist").
  db.execute("DISCARD ALL");
  db.execute("SET search_path TO " + test_schema());  // DISCARD ALL reset it too
  CHECK(add("b") == 1);            // a change
  CHECK(count_users() == 2);       // a select
  CHECK(by_name("b").all().size() == 1);  // a prepared statement
  db.execute("DEALLOCATE ALL");
  CHECK(count_users() == 2);
  CHECK(add("c") == 1);
  // Inside a transaction the failure aborts it (PostgreSQL's rule): raised, and after the rollback
  // the statements are prepared again.
  {
    auto tx = db.transaction();
    db.execute("DEALLOCATE ALL");
    CHECK_THROWS_WITH(count_users(), Catch::Contains("does not exist"));
  }
  CHECK(count_users() == 3);
  CHECK(by_name("c").all().size() == 1);
}

TEST_CASE("PostgreSQL: a prepared statement's arguments are sent as its parameters' types", "[postgres][cache]") {
  auto db = fresh();
  db.create_all(samples);
  db(insert_into(samples).set(samples.tiny = std::int8_t{1}, samples.small = std::uint16_t{2}, samples.big = std::uint64_t{3},
                              samples.ratio = 2.0, samples.data = ctql::blob{}, samples.at = ctql::timestamp{}));
  // The statement is prepared for a double; an int argument later is sent as a double too.
  auto above = db.prepare(select(samples.id).from(samples).where(samples.ratio > param<"r">));
  CHECK(above(1.5).all().size() == 1);
  CHECK(above(1).all().size() == 1);
  CHECK(above(std::int64_t{3}).all().empty());
  db(insert_into(users).set(users.name = "Ann", users.age = 30));
  auto aged = db.prepare(select(users.name).from(users).where(users.age == param<"age">));
  CHECK(aged(std::int64_t{30}).all().size() == 1);
  CHECK(aged(std::int8_t{30}).all().size() == 1);
  CHECK_THROWS_WITH(aged(std::int64_t{1} << 40), Catch::Contains("out of range"));
  auto named = db.prepare(select(users.age).from(users).where(users.name == param<"n">));
  const char* ann = "Ann";
  CHECK(named(ann).first() == std::tuple{30});
  CHECK(named(std::string_view("Ann")).first() == std::tuple{30});
  CHECK(named(std::string("Ann")).first() == std::tuple{30});
  auto mail = db.prepare(update(users).set(users.email = param<"e">).where(users.name == "Ann"));
  CHECK(mail(std::nullopt).rows_affected == 1);
  CHECK(mail("a@x").rows_affected == 1);
  CHECK(db(select(users.email).from(users)).first() == std::tuple{std::optional<string>{"a@x"}});
}

#endif
