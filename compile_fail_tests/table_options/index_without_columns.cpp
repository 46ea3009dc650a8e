// Rule: an index needs at least one column.
// CTQL-EXPECT-ERROR: ctql: a table option needs at least one column
// CTQL-FIX: Name the indexed columns: `ctql::index<"users_by_age">(users.age)`.
#include <ctql/ctql.hpp>

#include "support/schema.hpp"

using namespace test;

[[maybe_unused]] constexpr auto good = ctql::index<"users_by_age">(users.age);
#ifdef CTQL_COMPILE_FAIL
[[maybe_unused]] constexpr auto bad = ctql::index<"users_by_nothing">();
#endif
