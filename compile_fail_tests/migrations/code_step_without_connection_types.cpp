// Rule: a migration step in C++ is compiled for the connection types its list names; a list
// without them (ctql::migrations m{...}, deduced) takes SQL steps only.
// CTQL-EXPECT-ERROR: ctql: a migration step written in C\+\+ is compiled for the connection types it runs on
// CTQL-EXPECT-FIRST-ERROR: ctql: a migration step written in C\+\+ is compiled for the connection types it runs on
// CTQL-FIX: Name the connection types the C++ steps run on: `ctql::migrations<ctql::sqlite::connection> m{...}`; a list without them takes SQL steps only.
#include <ctql/migrations.hpp>

void code_step_without_connection_types() {
#ifdef CTQL_COMPILE_FAIL
  ctql::migrations m{{1, "create", "CREATE TABLE t (x INTEGER)"}, {2, "fill", "v1", [](auto& db) { db.execute("INSERT INTO t VALUES (1)"); }}};
#else
  ctql::migrations m{{1, "create", "CREATE TABLE t (x INTEGER)"}, {2, "fill", "INSERT INTO t VALUES (1)"}};
#endif
  (void)m;
}
