// Rule: versions go up by one, without gaps (a static constexpr list of SQL steps, checked by ctql::migrations_in_order<steps>() at compile time).
// CTQL-EXPECT-ERROR: ctql: migrations_in_order: a version is missing before this step; versions go up by one, without gaps
// CTQL-EXPECT-ERROR: migration_version<3>
// CTQL-FIX: Number the steps 1, 2, 3, ... without a gap; a removed step keeps its number with its SQL.
#include <ctql/migrations.hpp>

#ifdef CTQL_COMPILE_FAIL
static constexpr ctql::sql_migration steps[] = {{1, "create", "CREATE TABLE t (x INTEGER)"}, {3, "fill", "INSERT INTO t VALUES (1)"}};
#else
static constexpr ctql::sql_migration steps[] = {{1, "create", "CREATE TABLE t (x INTEGER)"}, {2, "fill", "INSERT INTO t VALUES (1)"}};
#endif
static_assert(ctql::migrations_in_order<steps>());
