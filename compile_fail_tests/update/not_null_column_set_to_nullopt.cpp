// Rule: a NOT NULL column cannot be set to std::nullopt; a nullable (std::optional) column can.
// CTQL-EXPECT-ERROR: ctql: this column is NOT NULL, so it cannot be set to std::nullopt
// CTQL-FIX: Assign a value, or make the column `std::optional<T>` to allow NULL.
#include <optional>

#include "support/schema.hpp"

void not_null_column_set_to_nullopt() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto cleared = update(users).set(users.email = std::nullopt).where(users.id == 7);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = update(users).set(users.name = std::nullopt).where(users.id == 7);
#endif
}
