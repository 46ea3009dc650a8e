// Rule: MariaDB has RETURNING after INSERT and DELETE but not after UPDATE; rendering
// update(...).returning(...) for ctql::mariadb fails with a message naming MariaDB (the same
// statement renders for SQLite and PostgreSQL, and insert/delete returning render for MariaDB).
// CTQL-EXPECT-ERROR: ctql: MariaDB has no UPDATE \.\.\. RETURNING \(only INSERT \.\.\. RETURNING and DELETE \.\.\. RETURNING\)
// CTQL-FIX: On MariaDB drop `.returning(...)` from the update and select the changed rows after it, in the same
// CTQL-FIX: transaction.
#include "support/schema.hpp"

void update_returning_rendered_for_mariadb() {
  using namespace test;
  auto q = ctql::update(users).set(users.age = 1).where(users.id == 1).returning(users.age);
  static_assert(!ctql::sql<ctql::sqlite>(q).empty());
  static_assert(!ctql::sql<ctql::postgres>(q).empty());
  static_assert(!ctql::sql<ctql::mariadb>(ctql::delete_from(users).where(users.id == 1).returning(users.id)).empty());
#ifdef CTQL_COMPILE_FAIL
  static_assert(!ctql::sql<ctql::mariadb>(q).empty());
#endif
}
