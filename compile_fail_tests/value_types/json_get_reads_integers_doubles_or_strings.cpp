// Rule: get<T>(json_path<...>) reads a signed integer, double or std::string.
// CTQL-EXPECT-ERROR: ctql: get<T>\(json_path<\.\.\.>\) reads T = a signed integer type
// CTQL-EXPECT-FIRST-ERROR: ctql: get<T>\(json_path<\.\.\.>\) reads T
// CTQL-FIX: Read the path as a signed integer type, `double` or `std::string`.
#include "support/more_value_types_schema.hpp"

void json_get_reads_integers_doubles_or_strings() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = sql<sqlite>(select(vt_goods.meta.get<double>(json_path<"$.stock">)).from(vt_goods));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(select(vt_goods.meta.get<bool>(json_path<"$.stock">)).from(vt_goods));
#endif
}
