// Rule: only a table's single integer primary key is assigned by the database; the integer
// columns of a composite key must be given.
// CTQL-EXPECT-ERROR: ctql: this insert leaves out a NOT NULL column that has no default
// CTQL-EXPECT-ERROR: 'p', 'a', 'i', 'r', 's', '\.', 'b'
// CTQL-FIX: Set every column of a composite primary key in the insert; only a single integer primary key is assigned by
// CTQL-FIX: the database.
#include "support/schema.hpp"

namespace {
struct pairs_t : ctql::table<pairs_t, "pairs"> {
  column<"a", std::int64_t, ctql::primary_key> a;
  column<"b", std::int64_t, ctql::primary_key> b;
};
inline constexpr pairs_t pairs{};
}  // namespace

void composite_key_column_left_out() {
  [[maybe_unused]] auto right = ctql::insert_into(pairs).set(pairs.a = 1, pairs.b = 2);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = ctql::insert_into(pairs).set(pairs.a = 1);
#endif
}
