// Rule: a selected value that may be NULL (a nullable column, a LEFT JOIN's, MAX()) cannot go into a
// NOT NULL column, as set() refuses a std::optional; a nullable column takes it.
// CTQL-EXPECT-ERROR: ctql: from_select\(\) selects a value that may be NULL for a NOT NULL column
// CTQL-FIX: Select a value that cannot be NULL (`coalesce(x, fallback)`), or make the target column `std::optional<T>`.
#include "support/schema.hpp"

void from_select_optional_into_not_null_column() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = insert_into(users).columns(users.name, users.email).from_select(select(users.name, users.email).from(users));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = insert_into(users).columns(users.name).from_select(select(users.email).from(users));
#endif
}
