// Rule: a text statement binds its values by :name, so each value is given as arg<name>(value).
// CTQL-EXPECT-ERROR: ctql: the values of a text statement are given as ctql::arg<name>\(value\)
// CTQL-EXPECT-FIRST-ERROR: ctql: the values of a text statement are given as ctql::arg<name>\(value\)
// CTQL-FIX: Give each value as `ctql::arg<"name">(value)` for its `:name`: `db(text<...>("... :id"), arg<"id">(5))`.
#include <cstdint>

#include <ctql/sqlite.hpp>

void text_statement_given_a_value_without_arg(ctql::sqlite::connection& db) {
  auto q = ctql::text<std::int64_t>("SELECT id FROM users WHERE age >= :min_age");
  [[maybe_unused]] auto right = db(q, ctql::arg<"min_age">(18)).all();
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = db(q, 18).all();
#endif
}
