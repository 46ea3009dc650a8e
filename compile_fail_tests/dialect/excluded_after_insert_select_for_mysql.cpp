// Rule: MySQL 8 writes excluded() as a row alias (INSERT ... AS new ... new.c), which it does not allow
// after INSERT ... SELECT; rendering such an upsert for ctql::mysql fails with a message naming MySQL
// (the same statement renders for MariaDB, SQLite and PostgreSQL, and do_nothing() renders for MySQL).
// CTQL-EXPECT-ERROR: ctql: on MySQL 8, excluded\(\) after INSERT \.\.\. SELECT has no spelling ctql writes
// CTQL-FIX: On a MariaDB server use `ctql::mariadb`; on MySQL 8 set the columns from values that do not read
// CTQL-FIX: `excluded()`, or upsert with insert_into().set() instead of from_select().
#include "support/schema.hpp"

namespace {
struct archive_t : ctql::table<archive_t, "archive"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string> name;
};
inline constexpr archive_t archive{};
}  // namespace

void excluded_after_insert_select_for_mysql() {
  using namespace test;
  using namespace ctql;
  auto rows = insert_into(archive).columns(archive.id, archive.name).from_select(select(users.id, users.name).from(users));
  auto q = rows.on_conflict(archive.id).do_update(archive.name = excluded(archive.name));
  static_assert(!sql<mariadb>(q).empty());
  static_assert(!sql<postgres>(q).empty());
  static_assert(!sql<mysql>(rows.on_conflict(archive.id).do_nothing()).empty());
#ifdef CTQL_COMPILE_FAIL
  static_assert(!sql<mysql>(q).empty());
#endif
}
