// Rule: maybe() of an optional range is only a whole in() list.
// CTQL-EXPECT-ERROR: ctql: maybe\(\) of a std::optional range is a list of values for in\(\)
// CTQL-FIX: Use `maybe(optional_range)` only as the whole list of `x.in(...)`: `users.id.in(maybe(ids))`.
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void maybe_range_outside_in() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] std::optional<std::vector<std::int64_t>> ids;
  [[maybe_unused]] auto fine = users.id.in(maybe(ids));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = users.id == maybe(ids);
#endif
}
