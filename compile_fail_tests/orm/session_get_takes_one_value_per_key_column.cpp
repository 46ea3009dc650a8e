// Rule: session.get<T>(key...) takes one value per primary key column, as db.get.
// CTQL-EXPECT-ERROR: ctql: get<T>\(key\.\.\.\) takes one value per primary key column
// CTQL-FIX: Give session.get<T>() one value per primary key column, in column order.
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

void session_get_takes_one_value_per_key_column(ctql::sqlite::connection& db) {
  auto s = ctql::session(db);
  (void)s.get<User>(1);
#ifdef CTQL_COMPILE_FAIL
  (void)s.get<User>(1, 2);
#endif
}
