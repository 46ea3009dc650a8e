#pragma once
// The one rule every comparison-like form shares: both sides must be comparable in SQL.
#include <optional>
#include <type_traits>
#include <utility>

#include "ctql/core/check.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/expr/parameter.hpp"
#include "ctql/core/expr/value.hpp"

namespace ctql {

/// The operand V as a node typed to meet `Other` (an untyped param<> takes Other's type).
template <class Other, class V>
constexpr auto operand_against(V&& v) {
  using U = std::remove_cvref_t<V>;
  if constexpr (is_untyped_parameter<U>) {
    return typed_as<strip_optional_t<typename Other::value_type>>(v);
  } else if constexpr (std::is_same_v<U, double> &&
                       std::is_same_v<strip_optional_t<typename Other::value_type>, float>) {
    // Compared as the column stores it, as a param<> for it is: `weight == 0.1` finds the row
    // that `weight = 0.1` wrote (float(0.1)), which a double 0.1 never equals.
    return value_node<float>{{}, {}, static_cast<float>(v)};
  } else {
    return as_node(std::forward<V>(v));
  }
}

template <class Other, class MaybeRange>
constexpr void maybe_range_outside_in() {
  static_assert(always_false<Other, MaybeRange>,
                "ctql: maybe() of a std::optional range is a list of values for in(): x.in(maybe(ids)), alone in "
                "its in(); compare with maybe() of a single value instead");
}

template <class Left, class Right>
constexpr void own_type_compared_with_other() {
  static_assert(always_false<Left, Right>,
                "ctql: a value of an enum or a ctql::value_traits type (a strong id, ...) compares only with a "
                "value of its own type; compare with a value of that type, e.g. user_id{7} or color::red");
}

template <class Left, class Right>
constexpr void json_compared() {
  static_assert(always_false<Left, Right>,
                "ctql: JSON does not compare in SQL (==, <, in(), ...): one JSON value has many texts and the "
                "databases disagree; compare a value inside it, column.get<T>(json_path<...>) == v");
}
template <class Left, class Right>
constexpr void decimal_compared_with_other() {
  static_assert(always_false<Left, Right>,
                "ctql: a ctql::decimal<P, S> compares only with a decimal of the same scale S (not with a double, "
                "which is not exact, nor an integer); write the value as ctql::decimal<P, S>{...}");
}
template <class Left, class Right>
constexpr void uuid_compared_with_other() {
  static_assert(always_false<Left, Right>,
                "ctql: a ctql::uuid compares only with a ctql::uuid (not with its text); write ctql::uuid{...}");
}

/// The message for two value types of the new categories that do not compare (json, decimal, uuid).
template <class Left, class Right>
constexpr void value_types_compared() {
  constexpr category l = category_of<Left>(), r = category_of<Right>();
  if constexpr (l == category::json || r == category::json) json_compared<Left, Right>();
  else if constexpr (l == category::decimal || r == category::decimal) decimal_compared_with_other<Left, Right>();
  else uuid_compared_with_other<Left, Right>();
}
template <class T>
constexpr bool is_new_value_category() {
  constexpr category c = category_of<T>();
  return c == category::json || c == category::decimal || c == category::uuid;
}

/// Whether V may meet the node Other in a comparison; reports the ctql: error if not.
template <class Other, class V>
constexpr bool check_comparable() {
  using U = std::remove_cvref_t<V>;
  if constexpr (std::is_same_v<U, std::nullopt_t>) {
    compared_with_nullopt<Other>();
    return false;
  } else if constexpr (std::is_base_of_v<maybe_range_tag, U>) {
    maybe_range_outside_in<Other, U>();
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
  } else if constexpr (std::is_same_v<node_t<V>, invalid_expression> ||
                       std::is_same_v<Other, invalid_expression>) {
    return false;  // its own ctql: message has said why
  } else if constexpr (!expression<V> && is_optional_v<U>) {
    compared_with_optional_value<U>();
    return false;
  } else if constexpr (!values_comparable<typename Other::value_type, operand_value_t<V>>() &&
                       (category_of<typename Other::value_type>() == category::custom ||
                        category_of<operand_value_t<V>>() == category::custom)) {
    own_type_compared_with_other<typename Other::value_type, operand_value_t<V>>();
    return false;
  } else if constexpr (!values_comparable<typename Other::value_type, operand_value_t<V>>() &&
                       (is_new_value_category<typename Other::value_type>() ||
                        is_new_value_category<operand_value_t<V>>())) {
    value_types_compared<typename Other::value_type, operand_value_t<V>>();
    return false;
  } else if constexpr (!values_comparable<typename Other::value_type, operand_value_t<V>>()) {
    incompatible_comparison<typename Other::value_type, operand_value_t<V>>();
    return false;
  } else {
    return true;
  }
}

}  // namespace ctql
