// Rule: like() applies to a string expression only.
// CTQL-EXPECT-ERROR: ctql: like\(\) applies to a string expression and takes a string pattern
// CTQL-FIX: Use like() on a text column with a string pattern; cast<std::string>() a number first if that is meant.
#include "support/schema.hpp"

void like_on_int_column() {
  using namespace test;
  [[maybe_unused]] auto starts_with_a = users.name.like("A%");
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = users.age.like("1%");
#endif
}
