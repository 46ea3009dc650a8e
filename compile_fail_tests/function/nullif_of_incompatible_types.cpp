// Rule: nullif() compares its arguments, so they have comparable types.
// CTQL-EXPECT-ERROR: ctql: nullif\(x, v\) compares x with v
// CTQL-FIX: Give nullif(x, v) a v comparable with x: `nullif(users.age, 0)`, `nullif(users.name, "")`.
#include <string>

#include "support/schema.hpp"

void nullif_of_incompatible_types() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = nullif(users.age, 0);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = nullif(users.age, "0");
#endif
}
