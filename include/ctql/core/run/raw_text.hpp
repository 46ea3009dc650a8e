#pragma once
// The escape hatch: `db(ctql::text<std::int64_t, std::string>("SELECT id, name FROM users WHERE
// id = :id"), ctql::arg<"id">(5))`. The SQL is the user's; the values are still bound.
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "ctql/core/expr/value.hpp"
#include "ctql/core/meta/fixed_string.hpp"

namespace ctql {

/// Raw SQL whose rows are std::tuple<Columns...>; with no Columns it returns no rows.
template <class... Columns>
struct text_statement {
  std::string_view sql;
  using row_type = std::tuple<Columns...>;
  static constexpr bool returns_rows = sizeof...(Columns) > 0;
};

/// `ctql::text<std::int64_t, std::string>("SELECT id, name FROM users WHERE id = :id")`
template <class... Columns>
constexpr text_statement<Columns...> text(std::string_view sql) {
  static_assert((sql_value<Columns> && ...),
                "ctql: text<Columns...> takes the C++ types of the result columns (int, "
                "std::string, std::optional<double>, ...)");
  return {sql};
}

/// A value for the `:name` placeholder of a text statement.
template <fixed_string Name, class T>
struct named_arg {
  static constexpr std::string_view name = Name.view();
  T value;
};

/// `ctql::arg<"id">(5)`
template <fixed_string Name, class V>
constexpr auto arg(V&& value) {
  using stored = typename detail::stored_value<V>::type;
  static_assert(sql_value<stored>, "ctql: arg<\"name\">(value) takes a value of a type a column can hold");
  return named_arg<Name, stored>{stored(std::forward<V>(value))};
}

template <class T>
inline constexpr bool is_text_statement = false;
template <class... Cs>
inline constexpr bool is_text_statement<text_statement<Cs...>> = true;

}  // namespace ctql
