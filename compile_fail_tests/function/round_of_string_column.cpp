// Rule: abs() and round() take a number.
// CTQL-EXPECT-ERROR: ctql: abs\(\) and round\(\) take a number
// CTQL-FIX: Give abs() and round() a numeric column or value.
#include <string>

#include "support/schema.hpp"

void round_of_string_column() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = round(samples.ratio, 2);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = round(users.name, 2);
#endif
}
