// Rule: cast<T>() converts only what every dialect converts.
// CTQL-EXPECT-ERROR: ctql: cast<T>\(\) cannot convert this operand
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
