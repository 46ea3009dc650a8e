// Rule: lower(), upper(), trim(), length(), substr() and replace() take strings.
// CTQL-EXPECT-ERROR: ctql: lower\(\), upper\(\), trim\(\), length\(\), substr\(\) and replace\(\) take strings
// CTQL-FIX: Give lower()/upper()/trim()/length()/substr()/replace() a text column or value; `cast<std::string>(x)` a
// CTQL-FIX: number or date first.
#include <string>

#include "support/schema.hpp"

void lower_of_int_column() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = lower(users.name);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = lower(users.age);
#endif
}
