// Rule: the CTEs of one statement have distinct names (the WITH would name one twice).
// CTQL-EXPECT-ERROR: ctql: two different CTEs of this statement have the same name
// CTQL-FIX: Give each CTE of the statement its own name: `cte<"a">(...)`, `cte<"b">(...)`.
#include "support/schema.hpp"

void two_ctes_with_one_name() {
  using namespace test;
  using namespace ctql;
  auto ids = cte<"x">(select(users.id).from(users));
#ifdef CTQL_COMPILE_FAIL
  auto names = cte<"x">(select(users.id, users.name).from(users));
#else
  auto names = cte<"y">(select(users.id, users.name).from(users));
#endif
  [[maybe_unused]] auto q = sql<sqlite>(select(names[users.name]).from(ids.join(names).on(names[users.id] == ids[users.id])));
}
