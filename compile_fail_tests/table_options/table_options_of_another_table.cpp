// Rule: table_options<users_t> holds users' constraints, not another table's.
// CTQL-EXPECT-ERROR: ctql: table_options<T> holds constraints of another table's columns
// CTQL-FIX: Put the constraint in the `ctql::table_options<T>` of the table whose columns it names.
#include <ctql/ctql.hpp>

#include "support/schema.hpp"

#ifdef CTQL_COMPILE_FAIL
template <>
inline constexpr auto ctql::table_options<test::tags_t> = ctql::options(ctql::index<"by_age">(test::users.age));
#else
template <>
inline constexpr auto ctql::table_options<test::tags_t> = ctql::options(ctql::index<"by_weight">(test::tags.weight));
#endif

[[maybe_unused]] constexpr auto ddl = ctql::create_table<ctql::sqlite>(test::tags);
