// Rule: an aggregate cannot contain another aggregate (SUM(COUNT(...)) is an SQL error).
// CTQL-EXPECT-ERROR: ctql: an aggregate cannot contain another aggregate
// CTQL-FIX: Compute the inner aggregate in a derived table (`select(..., count(x).as<"n">()).group_by(...).as<"t">()`)
// CTQL-FIX: and aggregate its column in the outer select.
#include "support/schema.hpp"

void aggregate_inside_aggregate() {
  using namespace test;
  [[maybe_unused]] auto total = ctql::sum(users.age);
  [[maybe_unused]] auto counted = ctql::count(users.id);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = ctql::sum(ctql::count(users.id));
#endif
}
