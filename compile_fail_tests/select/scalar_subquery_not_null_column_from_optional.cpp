// Rule: a scalar subquery that may give no row is optional, so it cannot set a NOT NULL column
// (MAX over no rows is NULL too); COUNT without GROUP BY always gives one row and may.
// CTQL-EXPECT-ERROR: ctql: this column is NOT NULL, so it cannot be set from a std::optional
// CTQL-FIX: Wrap the subquery in `coalesce(subquery, fallback)`, or make the column `std::optional<T>` (count() without
// CTQL-FIX: group_by() is not optional).
#include "support/schema.hpp"

void scalar_subquery_not_null_column_from_optional() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto counted = sql<sqlite>(update(users).set(users.age = select(count(posts.id)).from(posts)).where(users.id == 1));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(update(users).set(users.age = select(users.age).from(users).where(users.id == 2)).where(users.id == 1));
#endif
}
