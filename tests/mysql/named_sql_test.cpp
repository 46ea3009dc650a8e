// ctql::text on MySQL: `:name` placeholders become `?` outside quotes and comments.
#ifdef CTQL_TEST_MYSQL
#include <catch2/catch.hpp>

#include <string_view>
#include <vector>

#include <ctql/mysql.hpp>

using ctql::mysql_detail::rewrite_named_placeholders;

TEST_CASE("named placeholders become ? in order, a name may repeat", "[mysql][text]") {
  const auto r = rewrite_named_placeholders("SELECT id FROM t WHERE a = :a AND (b = :b_2 OR b = :a)", true);
  CHECK(r.sql == "SELECT id FROM t WHERE a = ? AND (b = ? OR b = ?)");
  CHECK(r.names == std::vector<std::string_view>{"a", "b_2", "a"});
}

TEST_CASE("quotes, identifiers, comments, :: and := are left alone", "[mysql][text]") {
  auto same = [](std::string_view sql) {
    INFO(sql);
    const auto r = rewrite_named_placeholders(sql, true);
    CHECK(r.sql == sql);
    CHECK(r.names.empty());
  };
  same("SELECT ':a', \":b\", `:c` FROM t");
  same("SELECT 'it''s :a', 'back\\'slash :b', \"dq\"\":c\"");
  same("SELECT 1 -- :a\n");
  same("SELECT 1 # :a");
  same("SELECT /* :a */ 1");
  same("SELECT CAST(x AS CHAR)::text");
  same("SET @x := 1");
  same("SELECT :1, : a");
}

TEST_CASE("a trailing ; is dropped, a second statement is refused", "[mysql][text]") {
  CHECK(rewrite_named_placeholders("DELETE FROM t WHERE id = :id;  ", true).sql == "DELETE FROM t WHERE id = ?");
  CHECK(rewrite_named_placeholders("SELECT 1; -- done\n;", true).sql == "SELECT 1");
  CHECK(rewrite_named_placeholders("SELECT ';' ", true).sql == "SELECT ';' ");
  CHECK_THROWS_WITH(rewrite_named_placeholders("DELETE FROM a; DELETE FROM b", true),
                    Catch::Contains("more than one statement"));
  CHECK_THROWS_WITH(rewrite_named_placeholders("SELECT 1; 'x'", true), Catch::Contains("more than one statement"));
  CHECK_THROWS_WITH(rewrite_named_placeholders("SELECT * FROM t WHERE a = ?", true), Catch::Contains("bare '?'"));
}

TEST_CASE("without backslash escapes a backslash ends nothing", "[mysql][text]") {
  const auto r = rewrite_named_placeholders("SELECT 'a\\' = :x", false);
  CHECK(r.sql == "SELECT 'a\\' = ?");
  CHECK(r.names == std::vector<std::string_view>{"x"});
  const auto escaped = rewrite_named_placeholders("SELECT 'a\\' = :x'", true);
  CHECK(escaped.names.empty());
}
#endif
