// Rule: a ctql::value_traits type's sql_category names the values it compares with; category::unknown
// names none, so it is refused where the type is first used as a value.
// CTQL-EXPECT-ERROR: ctql: value_traits<T>::sql_category must be a category whose values T compares with, and category::unknown has none
// CTQL-EXPECT-FIRST-ERROR: ctql: value_traits<T>::sql_category must be a category
// CTQL-FIX: Leave `sql_category` out (the type then compares only with itself), or say the category of the values it is stored as, e.g. `ctql::category::text` for a type stored as `std::string`.
#include <string>

#include "ctql/core/schema/value_types.hpp"

namespace app {
struct tag_text {
  std::string text;
};
struct tag_unknown {
  std::string text;
};
}  // namespace app
using app::tag_text;
using app::tag_unknown;

template <>
struct ctql::value_traits<tag_text> {
  using stored_type = std::string;
  static constexpr ctql::category sql_category = ctql::category::text;
  static std::string to_stored(const tag_text& t) { return t.text; }
  static tag_text from_stored(const std::string& s) { return {s}; }
};
template <>
struct ctql::value_traits<tag_unknown> {
  using stored_type = std::string;
  static constexpr ctql::category sql_category = ctql::category::unknown;
  static std::string to_stored(const tag_unknown& t) { return t.text; }
  static tag_unknown from_stored(const std::string& s) { return {s}; }
};

void value_traits_category_is_not_unknown() {
  static_assert(ctql::category_of<tag_text>() == ctql::category::text);
#ifdef CTQL_COMPILE_FAIL
  static_assert(ctql::category_of<tag_unknown>() == ctql::category::unknown);
#endif
}
