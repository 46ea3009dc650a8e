// Rule: get<T>(json_path<...>) reads inside a JSON column only.
// CTQL-EXPECT-ERROR: ctql: get<T>\(json_path<\.\.\.>\) reads inside a JSON column
// CTQL-EXPECT-FIRST-ERROR: ctql: get<T>\(json_path<\.\.\.>\) reads inside
// CTQL-FIX: Call `get<T>(json_path<...>)` on a `ctql::json` column.
#include "support/more_value_types_schema.hpp"

void json_get_needs_a_json_column() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = sql<sqlite>(select(vt_goods.extra.get<int>(json_path<"$.a">)).from(vt_goods));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(select(vt_goods.price.get<int>(json_path<"$.a">)).from(vt_goods));
#endif
}
