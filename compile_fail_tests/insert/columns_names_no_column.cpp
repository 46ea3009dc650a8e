// Rule: columns() with no column does not compile: values() would insert rows of nothing, which no
// dialect writes alike (and SQLite cannot write at all). A row of defaults is default_values().
// CTQL-EXPECT-ERROR: ctql: columns\(\) names no column, so values\(\) would insert rows of nothing
// CTQL-FIX: Name the columns the rows give (`.columns(users.name, users.age)`), or insert rows of defaults one at a time with `insert_into(t).default_values()`.
#include <string>
#include <tuple>
#include <vector>

#include "support/schema.hpp"

void columns_names_no_column() {
  using namespace test;
  using namespace ctql;
  const std::vector<std::tuple<std::string>> names{{"Ann"}};
  [[maybe_unused]] auto named = runtime_sql<sqlite>(insert_into(users).columns(users.name).values(names));
#ifdef CTQL_COMPILE_FAIL
  const std::vector<std::tuple<>> nothing(3);
  [[maybe_unused]] auto wrong = runtime_sql<sqlite>(insert_into(users).columns().values(nothing));
#endif
}
