// Rule: a column takes only values of its own type; a text column does not take an int.
// CTQL-EXPECT-ERROR: ctql: cannot assign this value to the column: the types are incompatible
// CTQL-FIX: Assign a value of the column's type: a string to a text column.
#include "support/schema.hpp"

void text_column_set_to_int_in_update() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto renamed = update(users).set(users.name = "42").where(users.id == 7);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = update(users).set(users.name = 42).where(users.id == 7);
#endif
}
