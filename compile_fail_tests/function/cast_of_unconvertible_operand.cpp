// Rule: cast<T>() converts only what every dialect converts.
// CTQL-EXPECT-ERROR: ctql: cast<T>\(\) cannot convert this operand
// CTQL-FIX: Cast only what every dialect converts: numbers and strings to numbers, anything but a blob to std::string,
// CTQL-FIX: strings, dates and timestamps to ctql::date.
#include <string>

#include "support/schema.hpp"

void cast_of_unconvertible_operand() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = cast<ctql::date>(posts.created);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = cast<ctql::date>(users.age);
#endif
}
