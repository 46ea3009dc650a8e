// Rule: limit() and offset() take an integer.
// CTQL-EXPECT-ERROR: ctql: limit\(\) and offset\(\) take an integer
// CTQL-FIX: Give limit() and offset() an integer (or a param<>).
#include "support/schema.hpp"

void limit_given_string() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto first_ten = select(users.name).from(users).limit(10);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = select(users.name).from(users).limit("10");
#endif
}
