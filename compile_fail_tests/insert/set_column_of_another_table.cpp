// Rule: insert_into(t).set() takes columns of t only.
// CTQL-EXPECT-ERROR: ctql: this statement sets a column of another table
// CTQL-FIX: Set columns of the table given to insert_into() or update() only.
#include "support/schema.hpp"

void set_column_of_another_table() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto own = insert_into(users).set(users.name = "Alice");
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = insert_into(users).set(users.name = "Alice", posts.title = "Hello");
#endif
}
