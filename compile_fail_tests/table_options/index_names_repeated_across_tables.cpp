// Rule: the tables given to one create_all() have distinct index names (SQLite and PostgreSQL keep
// index names per schema: CREATE INDEX IF NOT EXISTS would silently skip the second index).
// CTQL-EXPECT-ERROR: ctql: two tables given to create_all\(\) have indexes of the same name
// CTQL-FIX: Give the indexes of different tables different names, e.g. prefix each with its table's name.
#include <cstdint>

#include <ctql/sqlite.hpp>

struct left_t : ctql::table<left_t, "left_side"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"n", int> n;
};
inline constexpr left_t left_side{};
struct right_t : ctql::table<right_t, "right_side"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"n", int> n;
};
inline constexpr right_t right_side{};

template <>
inline constexpr auto ctql::table_options<left_t> = ctql::options(ctql::index<"by_n">(left_side.n));
#ifdef CTQL_COMPILE_FAIL
template <>
inline constexpr auto ctql::table_options<right_t> = ctql::options(ctql::index<"by_n">(right_side.n));
#else
template <>
inline constexpr auto ctql::table_options<right_t> = ctql::options(ctql::index<"right_by_n">(right_side.n));
#endif

void create_both() {
  auto db = ctql::sqlite::connect(":memory:");
  db.create_all(left_side, right_side);
}
