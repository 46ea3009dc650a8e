// Rule: the two selects of a set operation must have the same number of columns.
// CTQL-EXPECT-ERROR: ctql: union_all\(\), union_distinct\(\), intersect\(\) and except\(\) need both selects to have the same number of columns
// CTQL-FIX: Select as many columns in each arm of the set operation.
#include "support/schema.hpp"

void arms_select_different_column_counts() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto ok = sql<sqlite>(select(users.id, users.name).from(users).union_all(select(posts.id, posts.title).from(posts)));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = select(users.id, users.name).from(users).union_all(select(posts.id).from(posts));
#endif
}
