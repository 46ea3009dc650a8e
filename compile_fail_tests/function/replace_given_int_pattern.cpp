// Rule: replace()'s pattern and replacement are strings too.
// CTQL-EXPECT-ERROR: ctql: lower\(\), upper\(\), trim\(\), length\(\), substr\(\) and replace\(\) take strings
// CTQL-FIX: Give replace() a string pattern and a string replacement: `replace(users.name, "a", "b")`.
#include <string>

#include "support/schema.hpp"

void replace_given_int_pattern() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = replace(users.name, "1", "2");
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = replace(users.name, 1, "2");
#endif
}
