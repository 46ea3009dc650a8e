// Rule: the columns of one constraint or index belong to one table.
// CTQL-EXPECT-ERROR: ctql: the columns of one constraint or index must belong to one table
// CTQL-FIX: Give each constraint or index the columns of one table; a link between tables is a `foreign_key(...).references(...)`.
#include <ctql/ctql.hpp>

#include "support/schema.hpp"

using namespace test;

[[maybe_unused]] constexpr auto good = ctql::unique_together(users.name, users.age);
#ifdef CTQL_COMPILE_FAIL
[[maybe_unused]] constexpr auto bad = ctql::unique_together(users.name, posts.title);
#endif
