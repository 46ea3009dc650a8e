// A backslash in text that ctql writes into the SQL (ctql::literal, default_value, a CHECK's
// literal) is stored and compared as one backslash on every database. MySQL and MariaDB read a
// backslash in a quoted string as an escape: ctql writes it twice there, and refuses to prepare
// such a text in a session that turned NO_BACKSLASH_ESCAPES on by hand (it would read two).
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "scenarios/backends.hpp"

using namespace test;
using namespace ctql;

namespace {
struct paths_t : ctql::table<paths_t, "bs_paths"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  // The default is C:\temp\x: 9 characters, two of them backslashes.
  column<"dir", std::string, ctql::max_length<40>, ctql::default_value<"C:\\temp\\x">> dir;
};
inline constexpr paths_t paths{};
}  // namespace

template <>
inline constexpr auto ctql::table_options<paths_t> =
    ctql::options(ctql::check<"dir_not_a_b">(paths.dir != ctql::literal<"a\\b">));  // a\b: 3 characters

TEMPLATE_LIST_TEST_CASE("a backslash in a literal, a default and a CHECK is one backslash on every database",
                        "[scenario][literal]", backends) {
  auto db = TestType::connect();
  db.drop_all(paths);
  db.create_all(paths);
  const std::string c_temp = std::string("C:") + '\\' + "temp" + '\\' + "x";  // built by hand: 9 characters
  REQUIRE(c_temp.size() == 9);

  // The default, as the database stored it.
  db(insert_into(paths).set(paths.id = 1));
  auto dir = db(select(paths.dir).from(paths).where(paths.id == 1)).first();
  REQUIRE(dir.has_value());
  CHECK(std::get<0>(*dir) == c_temp);
  // The same text as a literal finds it; written with one backslash fewer it does not.
  CHECK(std::get<0>(*db(select(count()).from(paths).where(paths.dir == ctql::literal<"C:\\temp\\x">)).first()) == 1);
  CHECK(std::get<0>(*db(select(count()).from(paths).where(paths.dir == ctql::literal<"C:tempx">)).first()) == 0);
  // A literal selected comes back as written: a, backslash, b.
  auto ab = db(select(ctql::literal<"a\\b">)).first();
  REQUIRE(ab.has_value());
  CHECK(std::get<0>(*ab) == std::string("a") + '\\' + "b");

  // The CHECK refuses exactly a\b (bound, so no escaping is involved) and takes a\\b (4 characters).
  CHECK_THROWS_AS(db(insert_into(paths).set(paths.id = 2, paths.dir = std::string("a") + '\\' + "b")), ctql::error);
  db(insert_into(paths).set(paths.id = 3, paths.dir = std::string("a") + '\\' + '\\' + "b"));
  CHECK(std::get<0>(*db(select(count()).from(paths)).first()) == 2);
  db.drop_all(paths);
}

TEMPLATE_LIST_TEST_CASE("MySQL/MariaDB: a session with NO_BACKSLASH_ESCAPES turned on refuses a backslash literal",
                        "[scenario][literal]", direct_backends) {
  using dialect = typename TestType::dialect;
  if constexpr (dialect::backslash_escapes) {
    auto db = TestType::connect();
    db.drop_all(paths);
    db.create_all(paths);
    db(insert_into(paths).set(paths.id = 1));
    // Prepared while the session reads escapes: it keeps what it read.
    auto c_temp_count = [&] {
      return std::get<0>(*db(select(count()).from(paths).where(paths.dir == ctql::literal<"C:\\temp\\x">)).first());
    };
    CHECK(c_temp_count() == 1);
    db.execute("SET SESSION sql_mode = CONCAT(@@SESSION.sql_mode, ',NO_BACKSLASH_ESCAPES')");
    CHECK(c_temp_count() == 1);
    // A statement first prepared now would read C:\\temp\\x as 11 characters: refused, with the SQL.
    try {
      db(select(count()).from(paths).where(paths.dir == ctql::literal<"C:\\temp\\y">)).first();
      FAIL("a backslash literal ran with NO_BACKSLASH_ESCAPES on");
    } catch (const ctql::error& e) {
      CHECK_THAT(e.what(), Catch::Contains("NO_BACKSLASH_ESCAPES on"));
      CHECK_THAT(e.what(), Catch::Contains("C:\\\\temp\\\\y"));  // the SQL as ctql wrote it
    }
    // create_all's DDL is refused the same way, before the server reads it.
    db.drop_all(paths);
    CHECK_THROWS_WITH(db.create_all(paths), Catch::Contains("NO_BACKSLASH_ESCAPES on"));
    // A statement without a backslash still runs.
    CHECK(std::get<0>(*db(select(ctql::literal<1>)).first()) == 1);
  } else {
    SUCCEED("backslashes are not escapes on " << TestType::name);
  }
}

#ifdef CTQL_TEST_POSTGRES
TEST_CASE("PostgreSQL: a server whose standard_conforming_strings is off still reads a literal's backslash as one",
          "[scenario][literal][postgres]") {
  // The session starts with the setting off (libpq's options); connect() turns it back on.
  std::string url = test::postgres_url();
  url += (url.find('?') == std::string::npos ? "?" : "&");
  url += "options=-cstandard_conforming_strings%3Doff";
  auto db = ctql::postgres::connect(url);
  auto ab = db(select(ctql::literal<"a\\b">)).first();
  REQUIRE(ab.has_value());
  CHECK(std::get<0>(*ab) == std::string("a") + '\\' + "b");  // a, backslash, b: 3 characters
  CHECK(std::get<0>(*db(ctql::text<std::string>("SHOW standard_conforming_strings")).first()) == "on");
}
#endif
