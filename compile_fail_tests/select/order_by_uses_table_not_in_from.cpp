// Rule: a column in order_by() must belong to a table in from() (or a join).
// CTQL-EXPECT-ERROR: ctql: order_by\(\) uses a column whose table is not in from\(\)
// CTQL-FIX: Add the column's table to from() or join() it.
#include "support/schema.hpp"

void order_by_uses_table_not_in_from() {
  using namespace test;
  using namespace ctql;
  auto joined = select(users.name).from(users.join(posts).on(posts.user_id == users.id))
                    .order_by(posts.created.desc());
  [[maybe_unused]] auto text = sql<sqlite>(joined);
#ifdef CTQL_COMPILE_FAIL
  auto unjoined = select(users.name).from(users).order_by(posts.created.desc());
  [[maybe_unused]] auto wrong = sql<sqlite>(unjoined);
#endif
}
