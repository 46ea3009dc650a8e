// Rule: from_select() takes a select statement (or a set operation of selects), not an update or
// a value.
// CTQL-EXPECT-ERROR: ctql: from_select\(\) takes a select\(\.\.\.\) statement or a set operation
// CTQL-FIX: Give from_select() a select statement or a set operation of selects: `from_select(select(a, b).from(t))`.
#include "support/schema.hpp"

void from_select_given_a_non_select() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = insert_into(users).columns(users.name).from_select(select(posts.title).from(posts));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong =
      insert_into(users).columns(users.name).from_select(update(posts).set(posts.title = "x").unconditionally());
#endif
}
