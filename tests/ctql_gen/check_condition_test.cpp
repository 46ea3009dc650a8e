// ctql-gen's reading of a CHECK's text (tools/ctql-gen/check_condition.hpp): each database's spelling
// gives the C++ a person would write, and what is outside check<>'s subset gives its reason.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "../../tools/ctql-gen/check_condition.hpp"

namespace {
using gen::check_condition::column_ref;
using gen::check_condition::kind;

std::optional<column_ref> columns(const std::string& name) {
  if (name == "qty") return column_ref{"t.qty", kind::integer, "int"};
  if (name == "name") return column_ref{"t.name", kind::text, "std::string"};
  if (name == "flag") return column_ref{"t.flag", kind::boolean, "bool"};
  if (name == "ratio") return column_ref{"t.ratio", kind::floating, "double"};
  if (name == "day") return column_ref{"t.day", kind::other, "ctql::date"};
  if (name == "select") return column_ref{"t.select_", kind::integer, "int"};
  return std::nullopt;
}
std::string code(const std::string& sql, bool backslashes = false) {
  const auto r = gen::check_condition::write(sql, backslashes, false, columns);
  return r.code ? *r.code : "REFUSED: " + r.reason;
}
std::string reason(const std::string& sql, bool backslashes = false) {
  const auto r = gen::check_condition::write(sql, backslashes, false, columns);
  return r.code ? "GENERATED: " + *r.code : r.reason;
}
}  // namespace

TEST_CASE("ctql-gen reads each database's spelling of a CHECK", "[ctql_gen]") {
  // PostgreSQL: extra parentheses, casts of literals, ~~ for LIKE, = ANY (ARRAY[...]) for IN.
  CHECK(code("(((qty >= '-5'::integer) AND (qty <= 100)) OR (NOT (name = 'it''s'::text)))") ==
        "(t.qty >= ctql::literal<-5> && t.qty <= ctql::literal<100>) || !(t.name == ctql::literal<\"it's\">)");
  CHECK(code("((name = ANY (ARRAY['a'::text, 'b'::text])))") == "t.name.in(ctql::literal<\"a\">, ctql::literal<\"b\">)");
  CHECK(code("((name <> ALL (ARRAY['a'::text])))") == "!(t.name.in(ctql::literal<\"a\">))");
  CHECK(code("((NOT (name ~~ '%z'::text)))") == "!(t.name.like(ctql::literal<\"%z\">))");
  CHECK(code("((name !~~ '%z'::text))") == "!(t.name.like(ctql::literal<\"%z\">))");
  CHECK(code("((abs(ratio) < (2.5)::double precision))") == "ctql::abs(t.ratio) < ctql::literal<2.5>");
  CHECK(code("(((qty)::double precision <> ratio))") == "t.qty != t.ratio");
  CHECK(code("((upper(name) <> TRIM(BOTH FROM name)))") == "ctql::upper(t.name) != ctql::trim(t.name)");
  CHECK(code("((\"select\" > 0))") == "t.select_ > ctql::literal<0>");
  // MariaDB: backquotes, no parentheses (AND binds tighter than OR), backslash escapes, lcase, char_length, 1 for TRUE.
  CHECK(code("`qty` >= -5 and `qty` <= 100 or `name` <> 'it\\'s \\\\ x'", true) ==
        "(t.qty >= ctql::literal<-5> && t.qty <= ctql::literal<100>) || t.name != ctql::literal<\"it's \\\\ x\">");
  CHECK(code("`qty` between 1 and 9 and `name` not like 'x%'", true) ==
        "t.qty.between(ctql::literal<1>, ctql::literal<9>) && !(t.name.like(ctql::literal<\"x%\">))");
  CHECK(code("char_length(`name`) <= 10 and lcase(`name`) <> ''", true) ==
        "ctql::length(t.name) <= ctql::literal<10> && ctql::lower(t.name) != ctql::literal<\"\">");
  CHECK(code("`flag` = 1 or `name` is not null", true) == "t.flag == ctql::literal<true> || t.name.is_not_null()");
  CHECK(code("`qty` not in (3,4)", true) == "!(t.qty.in(ctql::literal<3>, ctql::literal<4>))");
  // MySQL 8 writes strings with their character set.
  CHECK(code("(`name` <> _utf8mb4'x')", true) == "t.name != ctql::literal<\"x\">");
  // SQLite: the text as it was written (here by ctql), or as a person wrote it.
  CHECK(code("(\"note\" IS NULL) OR (\"qty\" NOT BETWEEN -1 AND 9)") == "REFUSED: 'note' is not a column of the table");
  CHECK(code("\"qty\" NOT BETWEEN -1 AND 9") == "!(t.qty.between(ctql::literal<-1>, ctql::literal<9>))");
  CHECK(code("QTY > 0.5e1 AND Flag") == "REFUSED: 'QTY' is not a column of the table");  // the lookup decides case
  CHECK(code("qty > .5 AND flag") == "t.qty > ctql::literal<0.5> && t.flag");
  // ctql's like() on SQLite says its escape, a backslash, as MySQL and PostgreSQL have it by default.
  CHECK(code("(\"name\" LIKE 'a\\%' ESCAPE '\\')") == "t.name.like(ctql::literal<\"a\\\\%\">)");
  CHECK(code("\"flag\" = TRUE") == "t.flag == ctql::literal<true>");
  // A unicode string and a quote in it, exactly.
  CHECK(code("name <> 'größe \"x\"'") == "t.name != ctql::literal<\"größe \\\"x\\\"\">");
}

TEST_CASE("ctql-gen says why a CHECK is not generated", "[ctql_gen]") {
  CHECK(reason("qty % 2 = 0") == "it uses arithmetic or concatenation ('%'), which ctql-gen does not write back");
  CHECK(reason("`qty` MOD 2 = 0", true) == "it uses arithmetic ('mod'), which ctql-gen does not write back");
  CHECK(reason("name || 'x' <> ''") == "it uses arithmetic or concatenation ('||'), which ctql-gen does not write back");
  CHECK(reason("day > '2024-01-01'") == "a comparison on a column whose type ctql::literal has no values of");
  CHECK(reason("qty = NULL") == "a comparison with NULL (always unknown): write IS NULL");
  CHECK(reason("qty > 'a'") == "a string compared with a non-text value");
  CHECK(reason("name > 1") == "a number compared with a non-number value");
  CHECK(reason("1 = 1") == "a comparison of two literals");
  CHECK(reason("missing > 0") == "'missing' is not a column of the table");
  CHECK(reason("substr(name, 1, 2) = 'ab'") == "the function substr() is not one ctql-gen writes");
  CHECK(reason("trim(name, 'x') = 'ab'") == "the function trim() with 2 arguments");
  CHECK(reason("coalesce(name) = 'ab'") == "the function coalesce() is not one ctql-gen writes");
  CHECK(reason("name ILIKE 'a%'") == "ilike has no ctql expression");
  CHECK(reason("name LIKE 'a!%' ESCAPE '!'") == "LIKE ... ESCAPE other than a backslash has no ctql expression");
  CHECK(reason("qty IN (SELECT 1)") == "IN (SELECT ...): a CHECK cannot hold a subquery in ctql");
  CHECK(reason("qty > 99999999999999999999") == "the number 99999999999999999999 is outside std::int64_t");
  CHECK(reason("qty") == "the condition is not a comparison or a boolean");
  CHECK(reason("qty > (0") == "')' expected, not ''");
  CHECK(reason("name <> 'open") == "an unterminated quote");
  CHECK(reason("") == "the condition ends too early");
  CHECK(reason("flag IS TRUE") == "IS TRUE has no ctql expression");
  CHECK(reason("(name)::date > day") == "a cast to date");
}

TEST_CASE("ctql-gen finds the CHECKs of a SQLite CREATE TABLE text", "[ctql_gen]") {
  const auto checks = gen::check_condition::sqlite_checks(
      "CREATE TABLE \"t\" (\"id\" INTEGER PRIMARY KEY, \"code\" TEXT NOT NULL CHECK (length(\"code\") <= 12), "
      "qty INT CHECK (qty > 0) DEFAULT 1, [odd name] TEXT CONSTRAINT named_col CHECK ([odd name] <> ')'), "
      "CONSTRAINT \"k(1)\" CHECK ((\"qty\" > 0) AND (\"code\" <> 'CHECK (x)')), CHECK (qty < 10) -- check (not this)\n /* CHECK (nor this) */)");
  REQUIRE(checks.size() == 5);
  CHECK((checks[0].name == "" && checks[0].column == "code" && checks[0].condition == "length(\"code\") <= 12"));
  CHECK((checks[1].name == "" && checks[1].column == "qty" && checks[1].condition == "qty > 0"));
  CHECK((checks[2].name == "named_col" && checks[2].column == "odd name" && checks[2].condition == "[odd name] <> ')'"));
  CHECK((checks[3].name == "k(1)" && checks[3].column == "" &&
         checks[3].condition == "(\"qty\" > 0) AND (\"code\" <> 'CHECK (x)')"));
  CHECK((checks[4].name == "" && checks[4].column == "" && checks[4].condition == "qty < 10"));
}
