// Golden SQL: a backslash in a literal or a default is written once where it is a character
// (SQLite, PostgreSQL) and twice where a quoted string reads it as an escape (MySQL, MariaDB).
#include <catch2/catch.hpp>

#include <string>

#include <ctql/ctql.hpp>

namespace {
struct dirs_t : ctql::table<dirs_t, "dirs"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"dir", std::string, ctql::default_value<"C:\\x">> dir;  // C, colon, backslash, x
};
inline constexpr dirs_t dirs{};
}  // namespace

TEST_CASE("a backslash in a literal is doubled where it is an escape", "[ddl][literal]") {
  using ctql::literal;
  constexpr auto q = ctql::select(dirs.id).from(dirs).where(dirs.dir == literal<"a\\b">);
  // Worked out by hand: a\b is 'a\b' as a character, 'a\\b' where \ escapes.
  STATIC_REQUIRE(ctql::sql<ctql::sqlite>(q) == R"(SELECT "dirs"."id" FROM "dirs" WHERE "dirs"."dir" = 'a\b')");
  STATIC_REQUIRE(ctql::sql<ctql::postgres>(q) == R"(SELECT "dirs"."id" FROM "dirs" WHERE "dirs"."dir" = 'a\b')");
  STATIC_REQUIRE(ctql::sql<ctql::mysql>(q) == R"(SELECT `dirs`.`id` FROM `dirs` WHERE `dirs`.`dir` = 'a\\b')");
  STATIC_REQUIRE(ctql::sql<ctql::mariadb>(q) == R"(SELECT `dirs`.`id` FROM `dirs` WHERE `dirs`.`dir` = 'a\\b')");
  const std::string sqlite_ddl(ctql::create_table<ctql::sqlite>(dirs));
  const std::string postgres_ddl(ctql::create_table<ctql::postgres>(dirs));
  const std::string mysql_ddl(ctql::create_table<ctql::mysql>(dirs));
  const std::string mariadb_ddl(ctql::create_table<ctql::mariadb>(dirs));
  CHECK(sqlite_ddl.find(R"('C:\x')") != std::string::npos);
  CHECK(postgres_ddl.find(R"('C:\x')") != std::string::npos);
  CHECK(mysql_ddl.find(R"('C:\\x')") != std::string::npos);
  CHECK(mariadb_ddl.find(R"('C:\\x')") != std::string::npos);
}
