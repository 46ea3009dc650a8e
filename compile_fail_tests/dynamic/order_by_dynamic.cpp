// Rule: order_by() takes one_of(), not dynamic().
// CTQL-EXPECT-ERROR: ctql: order_by\(\) takes one_of\(i, items...\) for a sort chosen at run time
// CTQL-FIX: Choose a sort at run time with `one_of(i, a.asc(), b.desc(), ...)` in order_by().
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void order_by_dynamic() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] std::optional<int> age;
  [[maybe_unused]] auto fine = runtime_sql<sqlite>(select(users.id).from(users).order_by(one_of(1, users.id.asc(), users.age.desc())));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = runtime_sql<sqlite>(select(users.id).from(users).order_by(dynamic(true, users.age)));
#endif
}
