// Rule: two constraints or indexes of a table cannot share a name.
// CTQL-EXPECT-ERROR: ctql: two constraints or indexes of the table have the same name
// CTQL-FIX: Give each constraint and index of the table its own name.
#include <ctql/ctql.hpp>

#include "support/schema.hpp"

using namespace test;

[[maybe_unused]] constexpr auto good = ctql::options(ctql::index<"a">(users.age), ctql::index<"b">(users.name));
#ifdef CTQL_COMPILE_FAIL
[[maybe_unused]] constexpr auto bad = ctql::options(ctql::index<"a">(users.age), ctql::check<"a">(users.age > ctql::literal<0>));
#endif
