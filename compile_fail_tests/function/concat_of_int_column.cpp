// Rule: concat() joins strings only.
// CTQL-EXPECT-ERROR: ctql: concat\(\) joins strings
// CTQL-FIX: `cast<std::string>(x)` a number or date before concat().
#include <string>

#include "support/schema.hpp"

void concat_of_int_column() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = concat(users.name, "!");
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = concat(users.name, users.age);
#endif
}
