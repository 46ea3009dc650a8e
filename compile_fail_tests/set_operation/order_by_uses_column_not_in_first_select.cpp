// Rule: order_by() after a set operation orders its result: it can use only the first select's
// columns, expressions or named items. A column of the second select (or of no select) is refused.
// CTQL-EXPECT-ERROR: ctql: order_by\(\) after a set operation orders its result, so it can only use the first select's columns
// CTQL-FIX: Order the result by a column, expression or named item of the first select, as it is written there.
#include "support/schema.hpp"

void order_by_uses_column_not_in_first_select() {
  using namespace test;
  using namespace ctql;
  auto q = select(users.name).from(users).union_all(select(posts.title).from(posts));
  [[maybe_unused]] auto ok = sql<sqlite>(q.order_by(users.name.desc()));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = q.order_by(posts.title.desc());
#endif
}
