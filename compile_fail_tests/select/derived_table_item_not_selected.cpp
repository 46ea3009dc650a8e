// Rule: a derived table's columns are what its subquery selects: reaching another column is an error.
// CTQL-EXPECT-ERROR: ctql: this derived table or CTE does not select that item
// CTQL-FIX: Reach only what the derived table selects: add the column (or the named expression) to its select list.
#include "support/schema.hpp"

void derived_table_item_not_selected() {
  using namespace test;
  using namespace ctql;
  constexpr auto n = count(posts.id).as<"n">();
  auto top = select(posts.user_id, n).from(posts).group_by(posts.user_id).as<"top">();
  [[maybe_unused]] auto ok = sql<sqlite>(select(top[posts.user_id], top[n]).from(top));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(select(top[posts.title]).from(top));
#endif
}
