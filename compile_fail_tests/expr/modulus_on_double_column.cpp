// Rule: % needs integer operands; a double column has no remainder in SQL.
// CTQL-EXPECT-ERROR: ctql: % needs integer operands
// CTQL-FIX: Use % on integer columns and values only (cast<std::int64_t>() a floating-point one if that is meant).
#include "support/schema.hpp"

void modulus_on_double_column() {
  using namespace test;
  [[maybe_unused]] auto even_age = users.age % 2 == 0;
  [[maybe_unused]] auto half_ratio = samples.ratio / 2;
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = samples.ratio % 2;
#endif
}
