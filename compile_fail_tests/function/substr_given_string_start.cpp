// Rule: substr() takes integer positions.
// CTQL-EXPECT-ERROR: ctql: substr\(text, start, count\) takes an integer start
// CTQL-FIX: Give substr(text, start, count) integer start (1-based) and count.
#include <string>

#include "support/schema.hpp"

void substr_given_string_start() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = substr(users.name, 1, 3);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = substr(users.name, "1", 3);
#endif
}
