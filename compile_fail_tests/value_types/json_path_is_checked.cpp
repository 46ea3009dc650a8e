// Rule: a JSON path literal is checked at compile time.
// CTQL-EXPECT-ERROR: ctql: json_path<\.\.\.> must be \$ followed by \.name
// CTQL-EXPECT-FIRST-ERROR: ctql: json_path<\.\.\.> must be
// CTQL-FIX: Write the path as `$` followed by `.name` and `[index]` steps, e.g. `json_path<"$.items[0].name">`.
#include "support/more_value_types_schema.hpp"

void json_path_is_checked() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = sql<sqlite>(select(vt_goods.meta.get<int>(json_path<"$.stock">)).from(vt_goods));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(select(vt_goods.meta.get<int>(json_path<"$.stock'--">)).from(vt_goods));
#endif
}
