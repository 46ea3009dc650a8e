// Rule: a value in insert_into().set() cannot read a column (INSERT has no row to read from);
// checked when the statement is rendered, run or prepared.
// CTQL-EXPECT-ERROR: ctql: a value in insert_into\(\)\.set\(\) cannot read a column
// CTQL-FIX: Give insert values C++ values or param<>; to copy from rows use
// CTQL-FIX: `insert_into(t).columns(...).from_select(select(...))`.
#include "support/schema.hpp"

void inserted_value_reads_column() {
  using namespace test;
  using namespace ctql;
  auto plain = insert_into(users).set(users.name = "Alice", users.age = 30 + 1);
  [[maybe_unused]] auto text = sql<sqlite>(plain);
#ifdef CTQL_COMPILE_FAIL
  auto reading = insert_into(users).set(users.name = "Alice", users.age = users.age + 1);
  [[maybe_unused]] auto wrong = sql<sqlite>(reading);
#endif
}
