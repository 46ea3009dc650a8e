// Rule: coalesce()'s arguments have compatible types.
// CTQL-EXPECT-ERROR: ctql: the arguments of coalesce\(\) must have compatible types
// CTQL-FIX: Give coalesce() arguments of one kind, e.g. a text column and a string: `coalesce(users.email, "-")`.
#include <string>

#include "support/schema.hpp"

void coalesce_of_incompatible_types() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = coalesce(users.email, "none");
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = coalesce(users.email, 0);
#endif
}
