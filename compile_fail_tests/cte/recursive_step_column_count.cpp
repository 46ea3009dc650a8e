// Rule: the recursive part of recursive_cte selects as many columns as its anchor.
// CTQL-EXPECT-ERROR: ctql: the recursive part of recursive_cte must select as many columns as its anchor
// CTQL-FIX: Select as many columns in the recursive step as in the anchor, in the same order.
#include "support/schema.hpp"

void recursive_step_column_count() {
  using namespace test;
  using namespace ctql;
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = recursive_cte<"r">(
      select(users.id).from(users),
      [](auto self) { return select(users.id, users.name).from(users.join(self).on(users.id == self[users.id])); });
#endif
}
