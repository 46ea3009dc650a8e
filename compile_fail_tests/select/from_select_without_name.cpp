// Rule: a select in from() is a derived table and needs a name, given with .as<name>().
// CTQL-EXPECT-ERROR: ctql: a select in from\(\) or join\(\) is a derived table and needs a name
// CTQL-EXPECT-FIRST-ERROR: ctql: a select in from\(\) or join\(\) is a derived table and needs a name
// CTQL-FIX: Name the select: `from(select(...).from(...).as<"t">())`, and reach its columns as `t[column]`.
#include "support/schema.hpp"

void from_select_without_name() {
  using namespace test;
  using namespace ctql;
  auto named = select(posts.user_id).from(posts).as<"p">();
  [[maybe_unused]] auto ok = sql<sqlite>(select(named[posts.user_id]).from(named));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(select(users.name).from(select(posts.user_id).from(posts)));
#endif
}
