// Rule: a NOT NULL column cannot be set from a std::optional (it might hold no value); a nullable
// column can.
// CTQL-EXPECT-ERROR: ctql: this column is NOT NULL, so it cannot be set from a std::optional
// CTQL-FIX: Assign a plain value (`*opt`, or `opt.value_or(d)`), or make the column `std::optional<T>`.
#include <optional>
#include <string>

#include "support/schema.hpp"

void not_null_column_set_from_optional() {
  using namespace test;
  using namespace ctql;
  std::optional<std::string> maybe = "a@example.org";
  [[maybe_unused]] auto fine = insert_into(users).set(users.name = "Alice", users.email = maybe);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = insert_into(users).set(users.name = maybe);
#endif
}
