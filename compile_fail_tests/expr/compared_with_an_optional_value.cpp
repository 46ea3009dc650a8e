// Rule: an empty std::optional compares as NULL, which is never true; compare with a value.
// CTQL-EXPECT-ERROR: ctql: comparing with a std::optional value is never true in SQL when it is empty
// CTQL-FIX: Compare with the value inside the optional (`*opt`), test `.is_null()`, or use `maybe(opt)` to drop the
// CTQL-FIX: condition when it is empty.
#include <optional>
#include <string>

#include "support/schema.hpp"

void compared_with_an_optional_value(const std::optional<std::string>& wanted) {
  using namespace test;
  [[maybe_unused]] auto right = users.email == *wanted;
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = users.email == wanted;
#endif
}
