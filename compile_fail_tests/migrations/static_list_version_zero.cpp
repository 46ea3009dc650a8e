// Rule: versions are numbers from 1 up (a static constexpr list of SQL steps, checked by ctql::migrations_in_order<steps>() at compile time).
// CTQL-EXPECT-ERROR: ctql: migrations_in_order: a step.s version is below 1; versions are whole numbers from 1 up
// CTQL-FIX: Start the versions at 1.
#include <ctql/migrations.hpp>

#ifdef CTQL_COMPILE_FAIL
static constexpr ctql::sql_migration steps[] = {{0, "create", "CREATE TABLE t (x INTEGER)"}};
#else
static constexpr ctql::sql_migration steps[] = {{1, "create", "CREATE TABLE t (x INTEGER)"}, {2, "fill", "INSERT INTO t VALUES (1)"}};
#endif
static_assert(ctql::migrations_in_order<steps>());
