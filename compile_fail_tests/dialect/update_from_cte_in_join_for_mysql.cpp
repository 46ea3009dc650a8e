// Rule: MariaDB has no WITH in front of UPDATE, so on MySQL/MariaDB an update reads a CTE only as its
// whole from() source (written as a derived table holding the WITH), not in a join; the other
// dialects take it.
// CTQL-EXPECT-ERROR: ctql: MySQL and MariaDB have no WITH in front of UPDATE
#include "support/schema.hpp"

void update_from_cte_in_join_for_mysql() {
  using namespace test;
  using namespace ctql;
  auto recent = cte<"recent">(select(posts.user_id).from(posts));
  auto alone = update(users).set(users.age = 1).from(recent).where(recent[posts.user_id] == users.id);
  static_assert(!sql<mysql>(alone).empty());
  auto joined = update(users).set(users.age = 1).from(recent.join(samples).on(samples.id == recent[posts.user_id])).where(
      recent[posts.user_id] == users.id);
  static_assert(!sql<postgres>(joined).empty());
#ifdef CTQL_COMPILE_FAIL
  static_assert(!sql<mysql>(joined).empty());
#endif
}
