// Rule: extract<>() knows year, month, day, hour, minute and second.
// CTQL-EXPECT-ERROR: ctql: extract<part>\(\) takes part year, month, day, hour, minute or second
// CTQL-FIX: Use one of the parts year, month, day, hour, minute, second: `extract<"year">(d)`.
#include <string>

#include "support/schema.hpp"

void extract_of_unknown_part() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = extract<"year">(posts.created);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = extract<"week">(posts.created);
#endif
}
