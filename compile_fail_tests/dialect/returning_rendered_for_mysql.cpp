// Rule: MySQL has no RETURNING; rendering a statement with returning() for MySQL fails with a
// message naming the dialect (the same statement renders for SQLite and PostgreSQL).
// CTQL-EXPECT-ERROR: ctql: MySQL has no RETURNING
// CTQL-FIX: On MySQL drop `.returning(...)` and run a select after the statement; an inserted row's key is
// CTQL-FIX: `last_insert_id` of the result.
#include "support/schema.hpp"

void returning_rendered_for_mysql() {
  using namespace test;
  auto q = ctql::insert_into(users).set(users.name = "A").returning(users.id);
  static_assert(!ctql::sql<ctql::sqlite>(q).empty());
  static_assert(!ctql::sql<ctql::postgres>(q).empty());
#ifdef CTQL_COMPILE_FAIL
  static_assert(!ctql::sql<ctql::mysql>(q).empty());
#endif
}
