// Rule: maybe() of an optional range is alone in its in().
// CTQL-EXPECT-ERROR: ctql: maybe\(\) of a std::optional range is a list of values for in\(\)
// CTQL-FIX: Give `in()` either `maybe(optional_range)` alone or plain values; merge the extra values into the range.
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void maybe_range_with_other_values() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] std::optional<std::vector<std::int64_t>> ids;
  [[maybe_unused]] auto fine = users.id.in(maybe(ids));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = users.id.in(maybe(ids), 3);
#endif
}
