// Rule: a CTE cannot use the outer statement's tables (it is defined before the statement).
// CTQL-EXPECT-ERROR: ctql: a derived table or CTE cannot use the outer statement's tables
// CTQL-EXPECT-FIRST-ERROR: ctql: a derived table or CTE cannot use the outer statement's tables
// CTQL-FIX: Define the CTE from its own tables only: join the outer table inside the CTE's select, or use a scalar
// CTQL-FIX: subquery in the outer select list.
#include "support/schema.hpp"

void cte_correlated() {
  using namespace test;
  using namespace ctql;
#ifdef CTQL_COMPILE_FAIL
  auto mine = cte<"mine">(select(posts.id).from(posts).where(posts.user_id == users.id));
  [[maybe_unused]] auto wrong = sql<sqlite>(select(users.name).from(users.join(mine).on(mine[posts.id] == users.id)));
#endif
}
