// Rule: a step needs SQL (a static constexpr list of SQL steps, checked by ctql::migrations_in_order<steps>() at compile time).
// CTQL-EXPECT-ERROR: ctql: migrations_in_order: a step has no SQL
// CTQL-FIX: Give the step its SQL text; a step that does nothing is left out of the list.
#include <ctql/migrations.hpp>

#ifdef CTQL_COMPILE_FAIL
static constexpr ctql::sql_migration steps[] = {{1, "create", "CREATE TABLE t (x INTEGER)"}, {2, "fill", " ; "}};
#else
static constexpr ctql::sql_migration steps[] = {{1, "create", "CREATE TABLE t (x INTEGER)"}, {2, "fill", "INSERT INTO t VALUES (1)"}};
#endif
static_assert(ctql::migrations_in_order<steps>());
