// Rule: range_between() with preceding<N>()/following<N>() needs exactly one order_by() item, of a numeric type.
// CTQL-EXPECT-ERROR: ctql: range_between\(\) with preceding<N>\(\) or following<N>\(\) needs a window with exactly one
// CTQL-FIX: Order the window by exactly one numeric item, or use rows_between() to count rows.
#include "support/schema.hpp"

void range_offset_needs_one_numeric_order_item() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = sum(users.age).over(window().order_by(users.age).range_between(preceding<1>(), current_row()));
  [[maybe_unused]] auto unbounded = sum(users.age).over(window().order_by(users.name, users.id).range_between(unbounded_preceding(), current_row()));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sum(users.age).over(window().order_by(users.name).range_between(preceding<1>(), current_row()));
#endif
}
