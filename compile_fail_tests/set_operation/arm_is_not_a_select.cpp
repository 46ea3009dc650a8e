// Rule: a set operation takes a select statement (or another set operation) as its arm.
// CTQL-EXPECT-ERROR: ctql: union_all\(\), union_distinct\(\), intersect\(\) and except\(\) take a select\(...\) statement or another set operation
// CTQL-FIX: Give union_all()/union_distinct()/intersect()/except() a select statement or another set operation.
#include "support/schema.hpp"

void arm_is_not_a_select() {
  using namespace test;
  using namespace ctql;
  auto names = select(users.name).from(users);
  [[maybe_unused]] auto ok = sql<sqlite>(names.union_distinct(names.union_all(names)));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = names.union_distinct(users.name);
#endif
}
