// Rule: get(), update(), merge() and remove() need a primary key.
// CTQL-EXPECT-ERROR: ctql: get\(\), update\(\), merge\(\) and remove\(\) find a row by its primary key
// CTQL-FIX: Give the table a `ctql::primary_key` column, or use statements (`update(t).set(...).where(...)`) instead of
// CTQL-FIX: get/update/merge/remove.
#include <cstdint>
#include <optional>
#include <string>

#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

namespace {
struct User {
  using table = test::users_t;
  std::int64_t id = 0;
  std::string name = {};
  int age = 0;
  std::optional<std::string> email = {};
};
struct notes_t : ctql::table<notes_t, "notes"> { column<"body", std::string> body; };
struct Note { using table = notes_t; std::string body = {}; };
}  // namespace

void keyed_operations_need_a_primary_key(ctql::sqlite::connection& db) {
  Note n; db.insert(n);
#ifdef CTQL_COMPILE_FAIL
  (void)db.remove(n);
#endif
}
