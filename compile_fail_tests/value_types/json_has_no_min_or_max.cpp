// Rule: min() and max() of JSON are refused (JSON has no order).
// CTQL-EXPECT-ERROR: ctql: min\(\) and max\(\) of JSON have no meaning
// CTQL-EXPECT-FIRST-ERROR: ctql: min\(\) and max\(\) of JSON
// CTQL-FIX: Take `min()`/`max()` of a value inside the document: `max(x.get<int>(ctql::json_path<"$.stock">))`.
#include "support/more_value_types_schema.hpp"

void json_has_no_min_or_max() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = sql<sqlite>(select(max(vt_goods.meta.get<int>(json_path<"$.stock">))).from(vt_goods));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(select(max(vt_goods.meta)).from(vt_goods));
#endif
}
