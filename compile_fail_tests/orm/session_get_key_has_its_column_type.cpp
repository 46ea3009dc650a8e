// Rule: session.get<T>(key...) values fit their key columns, as for db.get.
// CTQL-EXPECT-ERROR: ctql: a value given to get<T>\(key\.\.\.\) does not fit its primary key column
// CTQL-FIX: Give each key column a value of its type: `session.get<User>(std::int64_t{7})`.
#include <cstdint>
#include <optional>
#include <string>

#include <ctql/orm.hpp>
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

}  // namespace

void session_get_key_has_its_column_type(ctql::sqlite::connection& db) {
  auto s = ctql::session(db);
  (void)s.get<User>(1);
#ifdef CTQL_COMPILE_FAIL
  (void)s.get<User>(1.5);  // a double for an integer key: not key 1
#endif
}
