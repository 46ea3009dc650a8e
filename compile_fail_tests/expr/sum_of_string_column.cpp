// Rule: sum() and avg() need a numeric expression.
// CTQL-EXPECT-ERROR: ctql: sum\(\) and avg\(\) need a numeric expression
// CTQL-FIX: Sum() and avg() a numeric column or expression; count() counts rows of any type.
#include "support/schema.hpp"

void sum_of_string_column() {
  using namespace test;
  [[maybe_unused]] auto total = ctql::sum(users.age);
  [[maybe_unused]] auto longest = ctql::max(users.name);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = ctql::sum(users.name);
#endif
}
