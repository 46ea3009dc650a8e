// Rule: row_number(), rank(), dense_rank(), lag() and lead() take no frame (MariaDB refuses one, the others ignore it).
// CTQL-EXPECT-ERROR: ctql: row_number\(\), rank\(\), dense_rank\(\), lag\(\) and lead\(\) take no frame
// CTQL-FIX: Remove rows_between()/range_between() from the window of row_number(), rank(), dense_rank(), lag() and
// CTQL-FIX: lead().
#include "support/schema.hpp"

void frame_on_a_ranking_function() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = sum(users.age).over(window().order_by(users.id).rows_between(unbounded_preceding(), current_row()));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = row_number().over(window().order_by(users.id).rows_between(unbounded_preceding(), current_row()));
#endif
}
