// Rule: + - * / need numeric operands; a string column cannot be added to.
// CTQL-EXPECT-ERROR: ctql: \+ - \* / need numeric operands
// CTQL-FIX: Use + - * / on numeric columns and values only; for text use concat().
#include "support/schema.hpp"

void arithmetic_on_string_column() {
  using namespace test;
  [[maybe_unused]] auto next_age = users.age + 1;
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = users.name + 1;
#endif
}
