// Rule: set() takes assignments (one =); a comparison (==) is a mistake.
// CTQL-EXPECT-ERROR: ctql: set\(\) takes assignments such as users\.age = 30 \(one =, not ==\)
// CTQL-FIX: Write an assignment with one `=`: `set(users.age = 30)`, not `users.age == 30`.
#include "support/schema.hpp"

void set_given_comparison() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto assigned = insert_into(users).set(users.name = "Alice", users.age = 3);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = insert_into(users).set(users.name = "Alice", users.age == 3);
#endif
}
