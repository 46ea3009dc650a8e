// Rule: get<T>(key...) takes one value per primary key column.
// CTQL-EXPECT-ERROR: ctql: get<T>\(key\.\.\.\) takes one value per primary key column
// CTQL-FIX: Give get<T>() one value per primary key column, in column order: `get<Tag>(1, "c++")` for a two-column key.
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

}  // namespace

void get_takes_one_value_per_key_column(ctql::sqlite::connection& db) {
  (void)db.get<User>(1);
#ifdef CTQL_COMPILE_FAIL
  (void)db.get<User>(1, 2);
#endif
}
