// Rule: a strong id column is set only from its own type, not from the integer it is stored as.
// CTQL-EXPECT-ERROR: ctql: a column of an enum or a ctql::value_traits type \(a strong id, \.\.\.\) takes only values of its own type
// CTQL-EXPECT-FIRST-ERROR: ctql: a column of an enum or a ctql::value_traits type
// CTQL-FIX: Assign a value of the column's own type: `items.owner = user_id{42}`, not `42`.
#include "support/value_types_schema.hpp"

void strong_id_column_takes_only_its_own_type() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = sql<sqlite>(update(vt_items).set(vt_items.owner = user_id{2}).unconditionally());
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(update(vt_items).set(vt_items.owner = std::int64_t{2}).unconditionally());
#endif
}
