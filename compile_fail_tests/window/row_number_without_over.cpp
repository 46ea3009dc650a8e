// Rule: row_number(), rank(), dense_rank(), lag() and lead() need .over(...); rendering one without it fails.
// CTQL-EXPECT-ERROR: ctql: row_number\(\), rank\(\), dense_rank\(\), lag\(\) and lead\(\) are window functions and need .over
// CTQL-FIX: Add `.over(...)`: `row_number().over(partition_by(x).order_by(y))`, or `.over()` for every row.
#include "support/schema.hpp"

void row_number_without_over() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = sql<sqlite>(select(users.id, row_number().over()).from(users));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(select(users.id, row_number()).from(users));
#endif
}
