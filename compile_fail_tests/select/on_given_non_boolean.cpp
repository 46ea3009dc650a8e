// Rule: on() needs a boolean condition; a column alone is not one.
// CTQL-EXPECT-ERROR: ctql: on\(\) needs a boolean condition
// CTQL-FIX: Give on() a condition: `on(posts.user_id == users.id)`.
#include "support/schema.hpp"

void on_given_non_boolean() {
  using namespace test;
  [[maybe_unused]] auto joined = users.join(posts).on(posts.user_id == users.id);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = users.join(posts).on(posts.user_id);
#endif
}
