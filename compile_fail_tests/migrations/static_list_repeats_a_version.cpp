// Rule: each version is given once (a static constexpr list of SQL steps, checked by ctql::migrations_in_order<steps>() at compile time).
// CTQL-EXPECT-ERROR: ctql: migrations_in_order: two steps have the same version; each version is given once
// CTQL-FIX: Give each step its own version: the next number after the last step.
#include <ctql/migrations.hpp>

#ifdef CTQL_COMPILE_FAIL
static constexpr ctql::sql_migration steps[] = {{1, "create", "CREATE TABLE t (x INTEGER)"}, {1, "fill", "INSERT INTO t VALUES (1)"}};
#else
static constexpr ctql::sql_migration steps[] = {{1, "create", "CREATE TABLE t (x INTEGER)"}, {2, "fill", "INSERT INTO t VALUES (1)"}};
#endif
static_assert(ctql::migrations_in_order<steps>());
