// ctql::text on PostgreSQL: `:name` placeholders become $1..$n outside quotes and comments.
#ifdef CTQL_TEST_POSTGRES
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include <ctql/postgres/text_placeholders.hpp>

using ctql::postgres_detail::number_placeholders;

namespace {
std::vector<std::string> names_of(std::string_view sql) {
  std::vector<std::string> out;
  for (auto n : number_placeholders(sql).names) out.emplace_back(n);
  return out;
}
}  // namespace

TEST_CASE("PostgreSQL: named placeholders are numbered in order of first appearance", "[postgres][text]") {
  const auto t = number_placeholders("SELECT id FROM users WHERE age = :age AND name = :name OR age > :age");
  CHECK(t.sql == "SELECT id FROM users WHERE age = $1 AND name = $2 OR age > $1");
  CHECK(names_of("SELECT :a, :b_2, :a") == std::vector<std::string>{"a", "b_2"});
  CHECK(number_placeholders("SELECT :x+1").sql == "SELECT $1+1");
}

TEST_CASE("PostgreSQL: quotes, casts, dollar quotes and comments keep their colons", "[postgres][text]") {
  CHECK(number_placeholders("SELECT ':no', \":no\", x::text, :yes").sql == "SELECT ':no', \":no\", x::text, $1");
  CHECK(number_placeholders("SELECT 'it''s :no', :yes").sql == "SELECT 'it''s :no', $1");
  CHECK(number_placeholders(R"(SELECT E'\' :no', :yes)").sql == R"(SELECT E'\' :no', $1)");
  CHECK(number_placeholders("SELECT $$ :no $$, $tag$ :no $$ :no $tag$, :yes").sql ==
        "SELECT $$ :no $$, $tag$ :no $$ :no $tag$, $1");
  CHECK(number_placeholders("SELECT 1 -- :no\n, :yes /* :no /* nested :no */ :no */").sql ==
        "SELECT 1 -- :no\n, $1 /* :no /* nested :no */ :no */");
  CHECK_THROWS_WITH(number_placeholders("SELECT $1, :a"), Catch::Contains(":name placeholders"));
  CHECK(number_placeholders("SELECT a$1 FROM t$2").sql == "SELECT a$1 FROM t$2");  // $ inside identifiers
  CHECK(names_of("SELECT f(a := 1)").empty());
}

TEST_CASE("PostgreSQL: SQL with more than one statement is refused; a trailing semicolon is not", "[postgres][text]") {
  CHECK_THROWS_WITH(number_placeholders("DELETE FROM a; DELETE FROM b"), Catch::Contains("more than one statement"));
  CHECK_THROWS_WITH(number_placeholders("SELECT 1;SELECT 2"), Catch::Contains("more than one statement"));
  CHECK_NOTHROW(number_placeholders("SELECT 1; "));
  CHECK_NOTHROW(number_placeholders("SELECT 1; -- done\n"));
  CHECK_NOTHROW(number_placeholders("SELECT ';' || $$;$$"));
}
#endif
