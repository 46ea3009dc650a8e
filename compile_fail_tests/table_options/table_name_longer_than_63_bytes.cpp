// Rule: a table or column name has at most 63 bytes (PostgreSQL would cut it, MySQL refuses 65).
// CTQL-EXPECT-ERROR: ctql: a table name is longer than 63 bytes
// CTQL-FIX: Shorten the table's name to at most 63 bytes (non-ASCII characters take 2 to 4 bytes each).
#include <cstdint>

#include <ctql/ctql.hpp>

// 63 bytes, of which 2 characters take two bytes each (ü): fine.
struct fits_t : ctql::table<fits_t, "tüble_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxü"> {
  column<"id", std::int64_t, ctql::primary_key> id;
};
[[maybe_unused]] inline constexpr fits_t fits{};

#ifdef CTQL_COMPILE_FAIL
// 64 bytes in 62 characters: PostgreSQL counts bytes.
struct long_t : ctql::table<long_t, "tüble_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxü"> {
  column<"id", std::int64_t, ctql::primary_key> id;
};
[[maybe_unused]] inline constexpr long_t too_long{};
#endif
