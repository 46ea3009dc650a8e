// Rule: cast<std::string>() of a decimal or a uuid is refused (SQLite stores units and bytes).
// CTQL-EXPECT-ERROR: ctql: cast<T>\(\) cannot convert this operand: .*anything but a blob, a ctql::uuid or a ctql::decimal to std::string
// CTQL-FIX: Read the value in C++ and call `to_string(x)`, or compare and select it as the decimal or uuid it is.
#include <string>

#include "support/more_value_types_schema.hpp"

void decimal_and_uuid_do_not_cast_to_text() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = sql<sqlite>(select(cast<std::string>(vt_goods.id)).from(vt_goods));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = sql<sqlite>(select(cast<std::string>(vt_goods.price)).from(vt_goods));
#endif
}
