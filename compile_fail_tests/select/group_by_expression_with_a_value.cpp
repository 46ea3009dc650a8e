// Rule: a GROUP BY expression cannot bind a C++ value: PostgreSQL matches the select list's
// expression by its text, and "age / $1" is not "age / $2".
// CTQL-EXPECT-ERROR: ctql: group_by\(\) takes columns and expressions of columns without C\+\+ values
// CTQL-FIX: Group by columns (or expressions of columns without C++ values); compute the bucket in a derived table if
// CTQL-FIX: you need one.
#include "support/schema.hpp"

void group_by_expression_with_a_value() {
  using namespace test;
  using namespace ctql;
  auto right = select(users.age, count()).from(users).group_by(users.age);
  static_assert(!sql<postgres>(right).empty());
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = select(users.age / 10, count()).from(users).group_by(users.age / 10);
#endif
}
