// Rule: dynamic(flag, x) takes an expression.
// CTQL-EXPECT-ERROR: ctql: dynamic\(flag, x\) takes a condition
// CTQL-FIX: Give dynamic(flag, x) a condition (in where()/having()) or a select item, and name it afterwards:
// CTQL-FIX: `dynamic(flag, x).as<"n">()`.
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void dynamic_takes_expression() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = dynamic(true, users.age);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = dynamic(true, 3);
#endif
}
