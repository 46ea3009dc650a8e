#pragma once
// The one rule every comparison-like form shares: both sides must be comparable in SQL.
#include <optional>
#include <type_traits>

#include "ctql/core/expr/node.hpp"
#include "ctql/core/expr/parameter.hpp"
#include "ctql/core/expr/value.hpp"

namespace ctql {

template <class Left, class Right>
constexpr void incompatible_comparison() {
  static_assert(always_false<Left, Right>,
                "ctql: cannot compare values of incompatible types (e.g. a number column with a "
                "string); compare with a value of the column's type");
}
template <class Expression>
constexpr void compared_with_nullopt() {
  static_assert(always_false<Expression>,
                "ctql: comparing with std::nullopt is never true in SQL (NULL = NULL is NULL); "
                "use .is_null() or .is_not_null()");
}
template <class Left, class Right>
constexpr void two_untyped_parameters() {
  static_assert(always_false<Left, Right>,
                "ctql: a param<> needs a type from the other side; compare it with a column or "
                "an expression, not with another param<>");
}

/// The operand V as a node typed to meet `Other` (an untyped param<> takes Other's type).
template <class Other, class V>
constexpr auto operand_against(V&& v) {
  if constexpr (is_untyped_parameter<std::remove_cvref_t<V>>)
    return typed_as<strip_optional_t<typename Other::value_type>>(v);
  else
    return as_node(std::forward<V>(v));
}

/// Whether V may meet the node Other in a comparison; reports the ctql: error if not.
template <class Other, class V>
constexpr bool check_comparable() {
  using U = std::remove_cvref_t<V>;
  if constexpr (std::is_same_v<U, std::nullopt_t>) {
    compared_with_nullopt<Other>();
    return false;
  } else if constexpr (is_untyped_parameter<U>) {
    if constexpr (is_untyped_parameter<Other>) {
      two_untyped_parameters<Other, U>();
      return false;
    } else {
      return true;
    }
  } else if constexpr (is_untyped_parameter<Other>) {
    return true;
  } else if constexpr (!comparable(category_of<typename Other::value_type>(),
                                   category_of<operand_value_t<V>>())) {
    incompatible_comparison<typename Other::value_type, operand_value_t<V>>();
    return false;
  } else {
    return true;
  }
}

}  // namespace ctql
