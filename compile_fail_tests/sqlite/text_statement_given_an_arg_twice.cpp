// Rule: each :name of a text statement takes one arg; a name given twice would leave another
// placeholder unbound (NULL) on SQLite, so it does not compile.
// CTQL-EXPECT-ERROR: ctql: a text statement is given the same arg<name> twice
// CTQL-EXPECT-FIRST-ERROR: ctql: a text statement is given the same arg<name> twice
// CTQL-FIX: Give each :name one arg<name>(value); use a second :name for a second value.
#include <ctql/sqlite.hpp>

void text_statement_given_an_arg_twice(ctql::sqlite::connection& db) {
  db(ctql::text<>("INSERT INTO t (a, b) VALUES (:a, :b)"), ctql::arg<"a">(1), ctql::arg<"b">(2));
#ifdef CTQL_COMPILE_FAIL
  db(ctql::text<>("INSERT INTO t (a, b) VALUES (:a, :b)"), ctql::arg<"a">(1), ctql::arg<"a">(2));
#endif
}
