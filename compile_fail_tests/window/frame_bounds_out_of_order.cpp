// Rule: a frame cannot start after it ends (following before current_row before preceding), start at unbounded_following() or end at unbounded_preceding().
// CTQL-EXPECT-ERROR: ctql: a frame runs from its start to its end
// CTQL-FIX: Order the frame from start to end: `rows_between(preceding<N>(), current_row())`,
// CTQL-FIX: `rows_between(current_row(), following<N>())`, ... .
#include "support/schema.hpp"

void frame_bounds_out_of_order() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = window().order_by(users.id).rows_between(preceding<2>(), following<2>());
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = window().order_by(users.id).rows_between(current_row(), preceding<1>());
#endif
}
