// Rule: the branches of case_when() must have compatible types; a string and an int have none.
// CTQL-EXPECT-ERROR: ctql: the branches of case_when\(\) must have compatible types
// CTQL-FIX: Give every branch of case_when() values of one kind (all numbers, all strings, ...); cast<T>() a branch if
// CTQL-FIX: needed.
#include "support/schema.hpp"

void case_when_branches_of_incompatible_types() {
  using namespace test;
  [[maybe_unused]] auto group = ctql::case_when(users.age < 18, "minor").else_("adult");
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = ctql::case_when(users.age < 18, "minor").else_(42);
#endif
}
