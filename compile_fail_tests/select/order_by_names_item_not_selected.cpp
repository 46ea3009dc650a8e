// Rule: order_by() on a named select item writes only its name, so the item must be in select();
// ordering by one that is not selected is refused (it would order by an unknown name, or a table
// column of the same name). The same order_by() compiles when the item is selected.
// CTQL-EXPECT-ERROR: ctql: order_by\(\) names a select item \(expr.as<name>\(\)\) that is not in select\(\)
// CTQL-FIX: Select the named item in select() too, or order by its expression instead of its name.
#include "support/schema.hpp"

void order_by_names_item_not_selected() {
  using namespace test;
  using namespace ctql;
  constexpr auto n = count(posts.id).as<"n">();
  auto selected = select(posts.user_id, n).from(posts).group_by(posts.user_id).order_by(n.desc());
  [[maybe_unused]] auto ok = sql<sqlite>(selected);
#ifdef CTQL_COMPILE_FAIL
  auto not_selected = select(posts.user_id).from(posts).group_by(posts.user_id).order_by(n.desc());
  [[maybe_unused]] auto wrong = sql<sqlite>(not_selected);
#endif
}
