// Rule: set() gives each column at most once.
// CTQL-EXPECT-ERROR: ctql: the same column is given twice
// CTQL-EXPECT-ERROR: column_named<'u', 's', 'e', 'r', 's', '\.', 'n', 'a', 'm', 'e'>
// CTQL-FIX: Set each column once in set().
#include "support/schema.hpp"

void same_column_set_twice() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto once = insert_into(users).set(users.name = "Alice", users.age = 30);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = insert_into(users).set(users.name = "Alice", users.name = "Bob");
#endif
}
