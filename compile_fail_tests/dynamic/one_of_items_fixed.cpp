// Rule: one_of() items hold no maybe().
// CTQL-EXPECT-ERROR: ctql: one_of\(i, items...\) takes fixed items
// CTQL-FIX: Give one_of() fixed items; put maybe()/dynamic() conditions in where() instead.
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void one_of_items_fixed() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] std::optional<int> age;
  [[maybe_unused]] auto fine = one_of(0, users.id, users.age);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = one_of(0, users.age == maybe(age), users.age > 2);
#endif
}
