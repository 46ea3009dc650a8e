// Rule: or_each(range, f): f returns a fixed boolean condition.
// CTQL-EXPECT-ERROR: ctql: or_each\(range, f\) / and_each\(range, f\): f must return a boolean condition
// CTQL-FIX: Return a plain boolean condition from f, without param<>, maybe(), dynamic(), in(range) or subqueries:
// CTQL-FIX: `[](const tag& t) { return posts.tag == t.name; }`.
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void each_needs_fixed_condition() {
  using namespace test;
  using namespace ctql;
  std::vector<int> v; [[maybe_unused]] auto fine = or_each(v, [](int x) { return users.age == x; });
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = or_each(v, [](int x) { return users.age + x; });
#endif
}
