// Rule: PostgreSQL assigns keys through identity columns, which are signed; a std::uint64_t
// primary key has no type PostgreSQL can generate (it would be NUMERIC(20)).
// CTQL-EXPECT-ERROR: ctql: PostgreSQL assigns keys only to signed integer columns
// CTQL-EXPECT-ERROR: 'c', 'o', 'u', 'n', 't', 'e', 'r', 's', '\.', 'i', 'd'
// CTQL-FIX: Make the auto-assigned primary key `std::int64_t` (PostgreSQL identity columns are signed).
#include <ctql/ctql.hpp>

namespace {
struct counters_t : ctql::table<counters_t, "counters"> {
  column<"id", std::uint64_t, ctql::primary_key> id;
  column<"hits", int> hits;
};
inline constexpr counters_t counters{};
}  // namespace

void unsigned_64_bit_auto_key_for_postgres() {
  static_assert(!ctql::create_table<ctql::sqlite>(counters).empty());
  static_assert(!ctql::create_table<ctql::mysql>(counters).empty());
#ifdef CTQL_COMPILE_FAIL
  static_assert(!ctql::create_table<ctql::postgres>(counters).empty());
#endif
}
