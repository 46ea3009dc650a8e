// Rule: max_length<N> (VARCHAR(N)) applies only to a string column.
// CTQL-EXPECT-ERROR: ctql: max_length<N> applies only to a string column
// CTQL-FIX: Use max_length<N> on string columns only; remove it from the number column.
#include <cstdint>
#include <string>

#include <ctql/ctql.hpp>

struct codes_t : ctql::table<codes_t, "codes"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"code", std::string, ctql::max_length<8>> code;
};
inline constexpr codes_t codes{};

#ifdef CTQL_COMPILE_FAIL
struct bad_codes_t : ctql::table<bad_codes_t, "bad_codes"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"code", int, ctql::max_length<8>> code;
};
inline constexpr bad_codes_t bad_codes{};
#endif
