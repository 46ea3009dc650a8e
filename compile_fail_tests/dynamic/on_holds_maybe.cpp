// Rule: on() cannot hold maybe().
// CTQL-EXPECT-ERROR: ctql: on\(\) cannot hold maybe\(\), dynamic\(\) or or_each\(\)
// CTQL-FIX: Move the condition that may be missing from on() to where().
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void on_holds_maybe() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] std::optional<int> age;
  [[maybe_unused]] auto fine = users.join(posts).on(posts.user_id == users.id);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = users.join(posts).on(posts.user_id == users.id && users.age == maybe(age));
#endif
}
