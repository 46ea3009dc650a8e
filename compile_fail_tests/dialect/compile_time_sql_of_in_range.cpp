// Rule: a statement with in(range) has SQL whose length depends on the range, known only at run time;
// ctql::sql<D>(q) (compile-time text) does not compile for it and points to ctql::runtime_sql.
// CTQL-EXPECT-ERROR: ctql: this statement has a runtime-sized part
// CTQL-EXPECT-ERROR: use ctql::runtime_sql<Dialect>\(statement\)
// CTQL-FIX: Use `ctql::runtime_sql<Dialect>(q)` for a statement with in(range) or values(range), or give in() a fixed
// CTQL-FIX: list of values.
#include <cstdint>
#include <vector>

#include "support/schema.hpp"

void compile_time_sql_of_in_range() {
  using namespace test;
  using namespace ctql;
  std::vector<std::int64_t> ids{1, 2, 3};
  auto q = select(users.name).from(users).where(users.id.in(ids));
  [[maybe_unused]] auto at_run_time = runtime_sql<sqlite>(q);
  [[maybe_unused]] auto fixed = sql<sqlite>(select(users.name).from(users).where(users.id.in(1, 2, 3)));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(q);
#endif
}
