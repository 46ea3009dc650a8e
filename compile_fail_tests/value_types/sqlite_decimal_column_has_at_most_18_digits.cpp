// Rule: SQLite keeps a decimal as a 64-bit integer of its units: a decimal column there has at most 18 digits.
// CTQL-EXPECT-ERROR: ctql: SQLite stores a ctql::decimal as a 64-bit integer of its units
// CTQL-FIX: Declare the column with at most 18 digits for SQLite, or store wider values as text you parse yourself.
#include <ctql/ctql.hpp>
#include <ctql/value_types.hpp>

namespace {
struct ledger_t : ctql::table<ledger_t, "ledger"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"amount", ctql::decimal<20, 2>> amount;
};
inline constexpr ledger_t ledger{};
}  // namespace

void sqlite_decimal_column_has_at_most_18_digits() {
  [[maybe_unused]] auto fine = ctql::create_table<ctql::postgres>(ledger);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = ctql::create_table<ctql::sqlite>(ledger);
#endif
}
