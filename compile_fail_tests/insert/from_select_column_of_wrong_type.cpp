// Rule: each selected column has a type its insert column takes, as set() would (a string into a
// number column is refused); the message names the column.
// CTQL-EXPECT-ERROR: ctql: from_select\(\) selects a value of a type its column cannot hold
// CTQL-FIX: Select, in each position, a value of the type of the column columns() names there (cast<T>() if needed).
#include "support/schema.hpp"

void from_select_column_of_wrong_type() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = insert_into(users).columns(users.name, users.age).from_select(select(posts.title, posts.user_id).from(posts));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong =
      insert_into(users).columns(users.name, users.age).from_select(select(posts.title, posts.title).from(posts));
#endif
}
