// Rule: order_by() after a set operation may name a named item only if the first select has it.
// CTQL-EXPECT-ERROR: ctql: order_by\(\) after a set operation orders its result, so it can only use the first select's columns
// CTQL-FIX: Name the item in the first select too, or order by a column or item of the first select.
#include "support/schema.hpp"

void order_by_names_item_not_in_first_select() {
  using namespace test;
  using namespace ctql;
  constexpr auto who = users.name.as<"who">();
  [[maybe_unused]] constexpr auto other = users.name.as<"other">();
  auto q = select(who).from(users).union_all(select(posts.title).from(posts));
  [[maybe_unused]] auto ok = sql<sqlite>(q.order_by(who.desc()));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = q.order_by(other.desc());
#endif
}
