// Rule: on MySQL/MariaDB the from() source is written before SET, but values are bound SET first;
// a derived table that binds values cannot go with a set() that binds values there (a CTE can).
// CTQL-EXPECT-ERROR: ctql: on MySQL and MariaDB update\(\)\.from\(\)'s source comes before SET
#include "support/schema.hpp"

void update_from_source_and_set_both_bind_values_for_mysql() {
  using namespace test;
  using namespace ctql;
  auto titled = select(posts.user_id).from(posts).where(posts.title == "x").as<"titled">();
  auto from_column = update(users).set(users.age = users.age).from(titled).where(titled[posts.user_id] == users.id);
  static_assert(!sql<mysql>(from_column).empty());
  auto both = update(users).set(users.age = 1).from(titled).where(titled[posts.user_id] == users.id);
  static_assert(!sql<postgres>(both).empty());
#ifdef CTQL_COMPILE_FAIL
  static_assert(!sql<mysql>(both).empty());
#endif
}
