// Rule: a window's order_by() takes expressions, not a named select item (a window cannot refer to select()'s names).
// CTQL-EXPECT-ERROR: ctql: a window's order_by\(\) takes columns or expressions
// CTQL-FIX: Order the window by the expression itself, not by the name a select item gives it.
#include "support/schema.hpp"

void window_order_by_named_item() {
  using namespace test;
  using namespace ctql;
  auto n = count(posts.id).as<"n">();
  [[maybe_unused]] auto fine = select(users.id, n).from(users.join(posts).on(posts.user_id == users.id)).group_by(users.id).order_by(n.desc());
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = rank().over(window().order_by(n.desc()));
#endif
}
