// Rule: db.verify_schema() lives in <ctql/schema.hpp> (kept out of the core umbrella); without it,
// one message that names the header.
// CTQL-EXPECT-ERROR: ctql: db.verify_schema\(\) needs #include <ctql/schema.hpp>
// CTQL-FIX: Add `#include <ctql/schema.hpp>` to the file that calls `db.verify_schema(...)`.
#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

void verify_without_header() {
  auto db = ctql::sqlite::connect(":memory:");
  db.create_all(test::users);
#ifdef CTQL_COMPILE_FAIL
  db.verify_schema(test::users);
#endif
}
