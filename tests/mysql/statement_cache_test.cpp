// The per-connection cache of server-side prepared statements: reuse, the LRU bound, a statement
// type streaming twice, schema changes.
#ifdef CTQL_TEST_MYSQL
#include <catch2/catch.hpp>

#include <string>

#include "mysql/support.hpp"

using namespace test;
using namespace ctql;

TEST_CASE("running the same statement type again reuses its server-side statement", "[mysql][cache]") {
  auto db = mysql_fresh();
  session_status(db, "COM_STMT_PREPARE");  // prepares the status query itself
  const auto prepares = session_status(db, "COM_STMT_PREPARE");
  const auto executes = session_status(db, "COM_STMT_EXECUTE");
  const std::size_t cached = db.cached_statements();
  for (int i = 0; i < 100; ++i) db(insert_into(users).set(users.name = "u", users.age = i));
  for (std::int64_t i = 1; i <= 100; ++i)
    CHECK(db(select(users.age).from(users).where(users.id == i)).first() == std::tuple{int(i - 1)});
  CHECK(db.cached_statements() == cached + 2);
  CHECK(session_status(db, "COM_STMT_PREPARE") - prepares == 2);
  CHECK(session_status(db, "COM_STMT_EXECUTE") - executes == 202);  // and the two status queries
}

TEST_CASE("the cache is bounded: least recently used statements are closed", "[mysql][cache]") {
  mysql_fresh();  // this process's database, with the tables empty
  const auto parts = mysql_detail::parse_url(mysql_url());
  MYSQL* handle = mysql_init(nullptr);
  REQUIRE(mysql_real_connect(handle, parts.host.c_str(), parts.user.c_str(), parts.password.c_str(),
                             parts.database.c_str(), parts.port, nullptr, CLIENT_FOUND_ROWS) != nullptr);
  mariadb::connection db(handle, 2);
  db.execute("USE `" + mysql_test_database() + "`");
  db(select(users.id).from(users).where(users.id == 1)).all();
  db(select(users.name).from(users).where(users.id == 1)).all();
  db(select(users.age).from(users).where(users.id == 1)).all();
  CHECK(db.cached_statements() == 2);
  db(select(users.id).from(users).where(users.id == 1)).all();  // prepared again after eviction
  CHECK(db.cached_statements() == 2);
}

TEST_CASE("MySQL: a statement type used while its rows still stream gets a second statement", "[mysql][cache]") {
  auto db = mysql_fresh();
  for (int i = 0; i < 3; ++i) db(insert_into(users).set(users.name = "u", users.age = i));
  int pairs = 0;
  for (auto [a] : db(select(users.age).from(users).order_by(users.age)))
    for (auto [b] : db(select(users.age).from(users).order_by(users.age))) pairs += (a == b);
  CHECK(pairs == 3);
}

TEST_CASE("MySQL: a cached statement follows schema changes", "[mysql][cache]") {
  auto db = mysql_fresh();
  db(insert_into(users).set(users.name = "before"));
  auto names = [&] { return db(select(users.name).from(users)).all(); };
  CHECK(names().size() == 1);
  db.drop_all(posts, users);
  CHECK_THROWS_AS(names(), ctql::error);  // no such table, reported with the SQL
  db.create_all(users);
  CHECK(names().empty());  // the same cached statement works on the new table
  db.execute("ALTER TABLE `users` ADD COLUMN `extra` INT");
  db(insert_into(users).set(users.name = "after"));
  CHECK(names() == std::vector<std::tuple<std::string>>{{"after"}});
}
TEST_CASE("MySQL: distinct text statements past the capacity leave nothing behind", "[mysql][cache]") {
  auto db = mysql_connect();  // capacity 256
  const auto before = db.cache_footprint();
  // 3000 distinct statements of about 1 KB each. A kept entry holds its key (~SQL) and its SQL,
  // ~2.1 KB: at most 256 of them may stay, ~540 KB; the 2744 closed ones must keep nothing.
  const std::string padding(1000, 'p');
  for (int i = 0; i < 3000; ++i) {
    const std::string sql = "SELECT :n + " + std::to_string(i) + " /* " + padding + " */";
    CHECK(db(text<std::int64_t>(sql), arg<"n">(1)).first() == std::tuple{std::int64_t{i + 1}});
  }
  // SQL that fails to prepare is not kept either.
  for (int i = 0; i < 300; ++i)
    CHECK_THROWS_AS(db(text<std::int64_t>("SELEKT " + std::to_string(i) + " /* " + padding + " */")), ctql::error);
  const auto after = db.cache_footprint();
  CHECK(db.cached_statements() <= 256);
  CHECK(after.entries - before.entries <= 256);
  CHECK(after.text_bytes - before.text_bytes < 256 * 2200);
}
#endif
