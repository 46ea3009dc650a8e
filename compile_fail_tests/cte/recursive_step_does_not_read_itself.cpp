// Rule: the recursive part of recursive_cte reads the CTE itself (the self it is given).
// CTQL-EXPECT-ERROR: ctql: the recursive part of recursive_cte must read the CTE itself
// CTQL-FIX: Read the CTE in the step through the `self` the lambda is given: `[](auto self) { return
// CTQL-FIX: select(...).from(t.join(self).on(...)); }`; without self it is an ordinary cte<>.
#include "support/schema.hpp"

void recursive_step_does_not_read_itself() {
  using namespace test;
  using namespace ctql;
  auto ok = recursive_cte<"r">(select(users.id).from(users),
                               [](auto self) { return select(users.id).from(users.join(self).on(users.id == self[users.id])); });
  [[maybe_unused]] auto fine = sql<sqlite>(select(ok[users.id]).from(ok));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = recursive_cte<"r">(select(users.id).from(users), [](auto) { return select(users.id).from(users); });
#endif
}
