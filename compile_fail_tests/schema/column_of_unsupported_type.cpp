// Rule: a column's type is one of the SQL value types (bool, integers, float, double, std::string,
// ctql::blob, ctql::date, ctql::timestamp, std::optional of one); std::vector<int> is not.
// CTQL-EXPECT-ERROR: ctql: a column's type must be bool, an integer, float, double, std::string
// CTQL-FIX: Use a supported type (bool, an integer, float, double, std::string, ctql::blob, ctql::date,
// CTQL-FIX: ctql::timestamp, an enum with ctql::enum_names, a ctql::value_traits type, or std::optional of one), or
// CTQL-FIX: store it in a table of its own.
#include <string>
#include <vector>

#include <ctql/ctql.hpp>

struct tags_t : ctql::table<tags_t, "tags"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"label", std::string> label;
  column<"data", ctql::blob> data;
};
inline constexpr tags_t tags{};

#ifdef CTQL_COMPILE_FAIL
struct bad_tags_t : ctql::table<bad_tags_t, "bad_tags"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"x", std::vector<int>> x;
};
inline constexpr bad_tags_t bad_tags{};
#endif
