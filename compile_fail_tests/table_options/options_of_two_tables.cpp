// Rule: one table_options holds one table's constraints.
// CTQL-EXPECT-ERROR: ctql: options\(\) mixes constraints of different tables
// CTQL-FIX: Write one `ctql::table_options<T>` per table, each with that table's constraints.
#include <ctql/ctql.hpp>

#include "support/schema.hpp"

using namespace test;

[[maybe_unused]] constexpr auto good = ctql::options(ctql::index<"a">(users.age), ctql::index<"b">(users.name));
#ifdef CTQL_COMPILE_FAIL
[[maybe_unused]] constexpr auto bad = ctql::options(ctql::index<"a">(users.age), ctql::index<"b">(posts.title));
#endif
