// Rule: && (and || and !) need boolean operands; an int column is not a condition.
// CTQL-EXPECT-ERROR: ctql: &&, \|\| and ! need boolean operands
// CTQL-FIX: Make each operand of &&, || and ! a condition: `users.age > 0 && ...`, not `users.age && ...`.
#include "support/schema.hpp"

void logical_and_with_non_boolean_operand() {
  using namespace test;
  [[maybe_unused]] auto both = users.age > 18 && users.name.like("A%");
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = users.age > 18 && users.age;
#endif
}
