// Rule: a strong id (a ctql::value_traits type) compares only with its own type, not with another
// id over the same integer, nor with the integer itself.
// CTQL-EXPECT-ERROR: ctql: a value of an enum or a ctql::value_traits type \(a strong id, \.\.\.\) compares only with a value of its own type
// CTQL-EXPECT-FIRST-ERROR: ctql: a value of an enum or a ctql::value_traits type
// CTQL-FIX: Compare with a value of the same type: `items.owner == user_id{7}`, not an `order_id` or `7`.
#include "support/value_types_schema.hpp"

void strong_id_compares_only_with_its_own_type() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = sql<sqlite>(select(vt_items.id).from(vt_items).where(vt_items.owner == user_id{1}));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(select(vt_items.id).from(vt_items).where(vt_items.owner == order_id{1}));
#endif
}
