// Rule: insert_into(t).set(...) must set every NOT NULL column that has no default and is not an
// auto-assigned primary key; users.name is such a column. The diagnostic must name the column
// readably, as the char pack column_named<'u', ..., 'e'> (clang 14 prints a fixed_string as
// character codes, {{110, 97, 109, 101, 0}}, which nobody can read).
// CTQL-EXPECT-ERROR: ctql: this insert leaves out a NOT NULL column that has no default
// CTQL-EXPECT-ERROR: 'u', 's', 'e', 'r', 's', '\.', 'n', 'a', 'm', 'e'
// CTQL-FIX: Set the column named in `column_named<...>` in the insert, or give it `ctql::default_value<V>` (or make it
// CTQL-FIX: `std::optional<T>`) in the table.
#include "support/schema.hpp"

void insert_leaves_out_not_null_column() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto complete = insert_into(users).set(users.name = "Alice", users.age = 30);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = insert_into(users).set(users.age = 30);
#endif
}
