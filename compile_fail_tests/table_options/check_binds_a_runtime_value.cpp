// Rule: a CHECK takes compile-time literals (ctql::literal<0>), never a bound value.
// CTQL-EXPECT-ERROR: ctql: check<>\(\) takes compile-time literals, not run-time values
// CTQL-FIX: Write the value as a compile-time literal, `ctql::literal<0>`, so it is part of the DDL text.
#include <ctql/ctql.hpp>

#include "support/schema.hpp"

using namespace test;

[[maybe_unused]] constexpr auto good = ctql::check<"age_ok">(users.age >= ctql::literal<0>);
#ifdef CTQL_COMPILE_FAIL
inline int minimum = 0;
[[maybe_unused]] const auto bad = ctql::check<"age_ok">(users.age >= minimum);
#endif
