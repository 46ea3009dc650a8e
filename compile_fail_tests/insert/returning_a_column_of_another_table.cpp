// Rule: returning() gives values of the rows the statement changed: columns of its own table.
// CTQL-EXPECT-ERROR: ctql: returning\(\) can only give columns of the table the statement changes
// CTQL-FIX: Return columns of the table the statement changes; read other tables with a select afterwards.
#include "support/schema.hpp"

void returning_a_column_of_another_table() {
  using namespace test;
  auto right = ctql::insert_into(users).set(users.name = "A").returning(users.id);
  static_assert(!ctql::sql<ctql::sqlite>(right).empty());
#ifdef CTQL_COMPILE_FAIL
  auto wrong = ctql::insert_into(users).set(users.name = "A").returning(posts.id);
  static_assert(!ctql::sql<ctql::sqlite>(wrong).empty());
#endif
}
