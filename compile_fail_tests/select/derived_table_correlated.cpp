// Rule: a derived table cannot use the outer statement's tables (that would need LATERAL).
// CTQL-EXPECT-ERROR: ctql: a derived table or CTE cannot use the outer statement's tables
// CTQL-EXPECT-FIRST-ERROR: ctql: a derived table or CTE cannot use the outer statement's tables
// CTQL-FIX: Join the outer tables inside the derived table's subquery, or use a scalar subquery in the select list
// CTQL-FIX: instead.
#include "support/schema.hpp"

void derived_table_correlated() {
  using namespace test;
  using namespace ctql;
  auto own = select(posts.user_id).from(posts).as<"p">();
  [[maybe_unused]] auto ok = sql<sqlite>(select(users.name).from(users.join(own).on(own[posts.user_id] == users.id)));
#ifdef CTQL_COMPILE_FAIL
  auto mine = select(posts.user_id).from(posts).where(posts.user_id == users.id).as<"mine">();
  [[maybe_unused]] auto wrong = sql<sqlite>(select(users.name).from(users.join(mine).on(mine[posts.user_id] == users.id)));
#endif
}
