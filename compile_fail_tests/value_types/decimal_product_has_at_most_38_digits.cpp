// Rule: a product of decimals whose digits could exceed 38 is refused where it is written.
// CTQL-EXPECT-ERROR: ctql: multiplying these decimals could need more than 38 digits
// CTQL-FIX: Use decimals of fewer digits (the product needs the sum of both precisions), or multiply in C++.
#include <ctql/core/schema/decimal.hpp>

void decimal_product_has_at_most_38_digits() {
  [[maybe_unused]] auto fine = ctql::decimal<19, 2>{"1"} * ctql::decimal<19, 2>{"2"};
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = ctql::decimal<20, 2>{"1"} * ctql::decimal<19, 2>{"2"};
#endif
}
