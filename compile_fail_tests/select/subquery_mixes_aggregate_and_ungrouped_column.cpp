// Rule: a subquery obeys the statement rules too, checked where it is written.
// CTQL-EXPECT-ERROR: ctql: a statement with an aggregate or group_by\(\) can select a column only if
// CTQL-FIX: Add the column to the subquery's group_by(), or put it inside an aggregate.
#include "support/schema.hpp"

void subquery_mixes_aggregate_and_ungrouped_column() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto right = exists(select(posts.title, count(posts.id)).from(posts).group_by(posts.title));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = exists(select(posts.title, count(posts.id)).from(posts));
#endif
}
