// Rule: a subquery cannot hold maybe().
// CTQL-EXPECT-ERROR: ctql: a subquery, derived table, CTE or set operation arm cannot hold maybe\(\)
// CTQL-FIX: Move maybe(), dynamic(), one_of() and or_each() to the outer statement's where(), having(), select() or
// CTQL-FIX: order_by().
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void subquery_holds_maybe() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] std::optional<int> age;
  [[maybe_unused]] auto fine = runtime_sql<sqlite>(select(users.id).from(users).where(exists(select(posts.id).from(posts).where(posts.user_id == users.id)) && users.age == maybe(age)));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = runtime_sql<sqlite>(select(users.id).from(users).where(exists(select(posts.id).from(posts).where(posts.user_id == users.id && posts.id == maybe(age)))));
#endif
}
