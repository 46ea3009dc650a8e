// Rule: an enum column compares only with a value of its own enum, not with its text or number.
// CTQL-EXPECT-ERROR: ctql: a value of an enum or a ctql::value_traits type \(a strong id, \.\.\.\) compares only with a value of its own type
// CTQL-EXPECT-FIRST-ERROR: ctql: a value of an enum or a ctql::value_traits type
// CTQL-FIX: Compare an enum column with a value of its enum: `items.paint == color::red`, not `"red"` or `0`.
#include "support/value_types_schema.hpp"

void enum_compares_only_with_its_own_type() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = sql<sqlite>(select(vt_items.id).from(vt_items).where(vt_items.paint == color::red));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(select(vt_items.id).from(vt_items).where(vt_items.paint == "red"));
#endif
}
