// Rule: steps are listed by increasing version (a static constexpr list of SQL steps, checked by ctql::migrations_in_order<steps>() at compile time).
// CTQL-EXPECT-ERROR: ctql: migrations_in_order: a step.s version is below the one before it; list the steps by increasing version
// CTQL-EXPECT-ERROR: migration_version<1>
// CTQL-FIX: List the steps by increasing version: 1, 2, 3, ...
#include <ctql/migrations.hpp>

#ifdef CTQL_COMPILE_FAIL
static constexpr ctql::sql_migration steps[] = {{2, "create", "CREATE TABLE t (x INTEGER)"}, {1, "fill", "INSERT INTO t VALUES (1)"}};
#else
static constexpr ctql::sql_migration steps[] = {{1, "create", "CREATE TABLE t (x INTEGER)"}, {2, "fill", "INSERT INTO t VALUES (1)"}};
#endif
static_assert(ctql::migrations_in_order<steps>());
