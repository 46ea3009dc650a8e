// Rule: `column == std::nullopt` is never true in SQL (NULL = NULL is NULL), so it does not compile;
// is_null() says what is meant.
// CTQL-EXPECT-ERROR: ctql: comparing with std::nullopt is never true in SQL
// CTQL-EXPECT-ERROR: use \.is_null\(\) or \.is_not_null\(\)
// CTQL-FIX: Write `users.email.is_null()` (or `.is_not_null()`) instead of `== std::nullopt` (or `!=`).
#include <optional>

#include "support/schema.hpp"

void nullable_column_compared_with_nullopt() {
  using namespace test;
  [[maybe_unused]] auto no_email = users.email.is_null();
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto never_true = users.email == std::nullopt;
#endif
}
