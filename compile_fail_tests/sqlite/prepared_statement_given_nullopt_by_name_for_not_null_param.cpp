// Rule: a named argument follows its param<>'s column: std::nullopt only where NULL is allowed
// (users.name is NOT NULL), with the ctql: message first, not an error about the call's result.
// CTQL-EXPECT-ERROR: ctql: this argument's type does not fit its param<>
// CTQL-EXPECT-ERROR: nullopt_t
// CTQL-EXPECT-FIRST-ERROR: ctql: this argument's type does not fit its param<>
// CTQL-FIX: Pass a value for a parameter of a NOT NULL column; std::nullopt only where the column is nullable.
#include <optional>

#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

void prepared_statement_given_nullopt_by_name_for_not_null_param(ctql::sqlite::connection& db) {
  using namespace test;
  auto find = db.prepare(ctql::select(users.id).from(users).where(users.name == ctql::param<"name">));
  [[maybe_unused]] auto right = find(ctql::arg<"name">("Ann")).all();
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = find(ctql::arg<"name">(std::nullopt)).all();
#endif
}
