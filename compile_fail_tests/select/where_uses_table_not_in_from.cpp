// Rule: a column in where() must belong to a table in from() (or a join).
// CTQL-EXPECT-ERROR: ctql: where\(\) uses a column whose table is not in from\(\)
// CTQL-FIX: Add the column's table to from() or join() it, or use exists()/in(select(...)).
#include "support/schema.hpp"

void where_uses_table_not_in_from() {
  using namespace test;
  using namespace ctql;
  auto joined = select(users.name).from(users.join(posts).on(posts.user_id == users.id))
                    .where(posts.title.like("SQL%"));
  [[maybe_unused]] auto text = sql<sqlite>(joined);
#ifdef CTQL_COMPILE_FAIL
  auto unjoined = select(users.name).from(users).where(posts.title.like("SQL%"));
  [[maybe_unused]] auto wrong = sql<sqlite>(unjoined);
#endif
}
