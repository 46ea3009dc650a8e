// Rule: the select of an INSERT ... SELECT gives exactly as many columns as columns() names.
// CTQL-EXPECT-ERROR: ctql: from_select\(\) needs the select to give as many columns as columns\(\) names
// CTQL-FIX: Select exactly as many values as columns() names, in the same order.
#include "support/schema.hpp"

void from_select_gives_another_column_count() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine =
      insert_into(users).columns(users.name, users.age).from_select(select(posts.title, posts.id).from(posts));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = insert_into(users).columns(users.name, users.age).from_select(select(posts.title).from(posts));
#endif
}
