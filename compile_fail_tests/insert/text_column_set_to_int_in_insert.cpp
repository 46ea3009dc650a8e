// Rule: a column takes only values of its own type; a text column does not take an int.
// CTQL-EXPECT-ERROR: ctql: cannot assign this value to the column: the types are incompatible
// CTQL-FIX: Assign a value of the column's type: `users.name = "5"` or `std::to_string(n)`, not `5`.
#include "support/schema.hpp"

void text_column_set_to_int_in_insert() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto named = insert_into(users).set(users.name = "42");
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = insert_into(users).set(users.name = 42);
#endif
}
