// Rule: a delete reads only the table it deletes from; other tables need exists() or in(select(...)).
// CTQL-EXPECT-ERROR: ctql: delete_from\(\)\.where\(\) uses a column of a table other than the one it deletes from
// CTQL-FIX: Look at other tables through a subquery: `.where(exists(select(...).from(other).where(other.x == t.y)))` or
// CTQL-FIX: `t.y.in(select(other.x).from(other))`.
#include "support/schema.hpp"

void delete_where_uses_another_table() {
  using namespace test;
  using namespace ctql;
  auto own = delete_from(posts).where(posts.user_id == 7);
  [[maybe_unused]] auto text = sql<sqlite>(own);
#ifdef CTQL_COMPILE_FAIL
  auto other = delete_from(posts).where(users.id == 7);
  [[maybe_unused]] auto wrong = sql<sqlite>(other);
#endif
}
