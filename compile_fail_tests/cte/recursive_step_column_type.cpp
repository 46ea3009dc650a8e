// Rule: each column of the recursive part has a type its anchor's column can hold.
// CTQL-EXPECT-ERROR: ctql: a column of the recursive part of recursive_cte has a type its anchor's column cannot hold
// CTQL-FIX: Select, in each position of the recursive step, a value of the anchor column's type (cast<T>() one if
// CTQL-FIX: needed).
#include "support/schema.hpp"

void recursive_step_column_type() {
  using namespace test;
  using namespace ctql;
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = recursive_cte<"r">(
      select(users.id).from(users),
      [](auto self) { return select(users.name).from(users.join(self).on(users.id == self[users.id])); });
#endif
}
