// Rule: a default must have the column's type; checked where the table is defined.
// CTQL-EXPECT-ERROR: ctql: default_value<V> must have the column's type
// CTQL-FIX: Give default_value<V> a value of the column's type: a number for a number column, a string for a string
// CTQL-FIX: column, true/false for bool.
#include <ctql/ctql.hpp>

struct defaults_t : ctql::table<defaults_t, "defaults"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"n", int, ctql::default_value<0>> n;
#ifdef CTQL_COMPILE_FAIL
  column<"m", int, ctql::default_value<"abc">> m;
#endif
};
inline constexpr defaults_t defaults{};
