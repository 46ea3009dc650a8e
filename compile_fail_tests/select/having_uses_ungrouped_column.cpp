// Rule: having() can use a column only inside an aggregate or if it is in group_by().
// CTQL-EXPECT-ERROR: ctql: having\(\) can use a column only inside an aggregate or if it is in group_by\(\)
// CTQL-FIX: Add the column to group_by(), or use it inside an aggregate in having().
#include "support/schema.hpp"

void having_uses_ungrouped_column() {
  using namespace test;
  using namespace ctql;
  auto by_count = select(users.name, count()).from(users).group_by(users.name).having(count() > 2);
  [[maybe_unused]] auto text = sql<sqlite>(by_count);
#ifdef CTQL_COMPILE_FAIL
  auto by_age = select(users.name, count()).from(users).group_by(users.name).having(users.age > 18);
  [[maybe_unused]] auto wrong = sql<sqlite>(by_age);
#endif
}
