// Rule: a CTE is made from a select statement.
// CTQL-EXPECT-ERROR: ctql: cte<name>\(\) takes a select statement
// CTQL-FIX: Give cte<name>() a select statement: `cte<"name">(select(...).from(...))`.
#include "support/schema.hpp"

void cte_of_a_non_select() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto ok = cte<"c">(select(users.id).from(users));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = cte<"c">(delete_from(users).where(users.id == 1));
#endif
}
