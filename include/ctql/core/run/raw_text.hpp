#pragma once
// The escape hatch: `db(ctql::text<std::int64_t, std::string>("SELECT id, name FROM users WHERE
// id = :id"), ctql::arg<"id">(5))`. The SQL is the user's; the values are still bound.
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "ctql/core/expr/text_copy.hpp"
#include "ctql/core/expr/value.hpp"
#include "ctql/core/meta/fixed_string.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/schema/value_types.hpp"

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

namespace detail {
/// What arg() holds for a value no column can hold, once it has said so: the statement it is
/// passed to stays quiet about it, so the mistake gives one message.
struct not_a_value {};
}  // namespace detail

template <class T>
inline constexpr bool is_refused_arg = false;
template <fixed_string Name>
inline constexpr bool is_refused_arg<named_arg<Name, detail::not_a_value>> = true;

template <class Value>
constexpr void arg_given_a_non_value() {
  static_assert(always_false<Value>,
                "ctql: arg<name>(value) takes a value of a type a column can hold (a number, text, "
                "ctql::blob, ctql::date, ctql::timestamp, std::optional of one), or std::nullopt");
}

/// `ctql::arg<"id">(5)`: an argument is bound by the call it is passed to, so a string is
/// viewed rather than copied; an arg kept beyond that call must not outlive its string.
template <fixed_string Name, class V>
constexpr auto arg(V&& value) {
  using U = std::remove_cvref_t<V>;
  if constexpr (is_reference_wrapper<U>) {
    return arg<Name>(value.get());
  } else if constexpr (!sql_value<U> && !std::is_same_v<U, std::nullopt_t>) {
    arg_given_a_non_value<U>();
    return named_arg<Name, detail::not_a_value>{};
  } else if constexpr (std::is_same_v<U, std::string> && std::is_lvalue_reference_v<V>) {
    return named_arg<Name, std::string_view>{value};
  } else if constexpr (std::is_array_v<std::remove_reference_t<V>>) {
    return named_arg<Name, std::string_view>{detail::char_array_text(value)};
  } else if constexpr (std::is_pointer_v<U>) {
    return named_arg<Name, std::string_view>{detail::c_string_text(value)};
  } else {
    using stored = typename detail::stored_value<V>::type;
    return named_arg<Name, stored>{detail::store_value(std::forward<V>(value))};
  }
}

template <class T>
inline constexpr bool is_text_statement = false;
template <class... Cs>
inline constexpr bool is_text_statement<text_statement<Cs...>> = true;

}  // namespace ctql
