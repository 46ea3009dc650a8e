// Rule: JSON does not compare in SQL (no ==): compare a value inside it.
// CTQL-EXPECT-ERROR: ctql: JSON does not compare in SQL \(==, <, in\(\), \.\.\.\)
// CTQL-EXPECT-FIRST-ERROR: ctql: JSON does not compare in SQL
// CTQL-FIX: Compare a value inside the document: `x.get<int>(ctql::json_path<"$.stock">) == 3`.
#include "support/more_value_types_schema.hpp"

void json_does_not_compare() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine =
      sql<sqlite>(select(vt_goods.id).from(vt_goods).where(vt_goods.meta.get<int>(json_path<"$.a">) == 1));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(select(vt_goods.id).from(vt_goods).where(vt_goods.meta == json{"{}"}));
#endif
}
