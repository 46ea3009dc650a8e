// Rule: rank(), dense_rank(), lag() and lead() need an order_by() in their window (MariaDB refuses them without one; elsewhere every row ranks 1).
// CTQL-EXPECT-ERROR: ctql: rank\(\), dense_rank\(\), lag\(\) and lead\(\) need an order_by\(\) in their window
// CTQL-FIX: Add an order_by() to the window: `rank().over(window().order_by(users.age.desc()))`.
#include "support/schema.hpp"

void rank_without_order_by() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = rank().over(partition_by(users.age).order_by(users.id));
  [[maybe_unused]] auto numbered = row_number().over(partition_by(users.age));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = rank().over(partition_by(users.age));
#endif
}
