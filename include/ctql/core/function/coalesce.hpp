#pragma once
// coalesce(a, b, ...) and nullif(a, b): the functions that make and unmake NULLs.
// coalesce is NULL only when every argument is, so it is not optional when an argument cannot be
// NULL (usually the last, a default value); nullif is always optional.
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

#include "ctql/core/function/function_call.hpp"
#include "ctql/core/meta/type_list.hpp"

namespace ctql {

template <class... Arguments>
constexpr void coalesce_of_incompatible_types(type_list<Arguments...>) {
  static_assert(always_false<Arguments...>,
                "ctql: the arguments of coalesce() must have compatible types (all numbers, all strings, "
                "all dates, ...), e.g. a text column and a string to put where it is NULL");
}

template <class Value, class Null>
constexpr void nullif_of_incompatible_types() {
  static_assert(always_false<Value, Null>,
                "ctql: nullif(x, v) compares x with v, so v must have a type comparable with x's, e.g. "
                "nullif(users.age, 0) or nullif(users.name, an empty string)");
}

namespace detail {
/// The type of the first argument that has one (an untyped param<> has none), or void.
template <class... Args>
struct first_type {
  using type = void;
};
template <class A, class... Args>
struct first_type<A, Args...> {
  using type = std::conditional_t<is_untyped_parameter<std::remove_cvref_t<A>>,
                                  typename first_type<Args...>::type, strip_optional_t<operand_value_t<A>>>;
};

/// One plain type for two: the same, or their common type (int and double give double).
template <class A, class B>
using common_plain_t = std::conditional_t<std::is_same_v<A, B>, A, std::common_type_t<A, B>>;

template <class T, class... Ts>
struct common_plain {
  using type = T;
};
template <class A, class B, class... Ts>
struct common_plain<A, B, Ts...> : common_plain<common_plain_t<A, B>, Ts...> {};

/// An argument cannot be NULL: it is never_null, or a non-optional value that reads no column
/// (a column's own NULL-ness also depends on outer joins, which the select list adds).
template <class Arg>
inline constexpr bool certainly_not_null =
    Arg::never_null || (!is_optional_v<typename Arg::value_type> && Arg::free_columns::size == 0);
}  // namespace detail

namespace function {
struct coalesce : scalar_function {
  static constexpr std::string_view sql = "COALESCE";
  template <class... Args>
  using plain = typename detail::common_plain<strip_optional_t<typename Args::value_type>...>::type;
  template <class... Args>
  using result = std::conditional_t<(false || ... || !is_optional_v<typename Args::value_type>), plain<Args...>,
                                    std::optional<plain<Args...>>>;
  template <class... Args>
  static constexpr bool never_null = (false || ... || detail::certainly_not_null<Args>);
};
struct nullif : scalar_function {
  static constexpr std::string_view sql = "NULLIF";
  template <class Value, class Null>
  using result = make_optional_t<typename Value::value_type>;
};
}  // namespace function

/// `coalesce(users.email, "none")`: the first argument that is not NULL. Its type is the common
/// type of the arguments, optional only when every argument may be NULL; values are bound.
template <class First, class Second, class... Rest>
constexpr auto coalesce(First&& first, Second&& second, Rest&&... rest) {
  using T = typename detail::first_type<First, Second, Rest...>::type;
  if constexpr (std::is_void_v<T> || category_of<T>() == category::unknown) {
    coalesce_of_incompatible_types(type_list<operand_value_t<First>, operand_value_t<Second>, operand_value_t<Rest>...>{});
    return invalid_expression{};
  } else if constexpr (!(comparable(category_of<T>(), argument_category<argument_t<T, First>>()) &&
                         comparable(category_of<T>(), argument_category<argument_t<T, Second>>()) &&
                         (true && ... && comparable(category_of<T>(), argument_category<argument_t<T, Rest>>())))) {
    coalesce_of_incompatible_types(type_list<operand_value_t<First>, operand_value_t<Second>, operand_value_t<Rest>...>{});
    return invalid_expression{};
  } else {
    return make_call<function::coalesce>(argument_as<T>(std::forward<First>(first)),
                                         argument_as<T>(std::forward<Second>(second)),
                                         argument_as<T>(std::forward<Rest>(rest))...);
  }
}

/// `nullif(users.age, 0)`: NULL where the value equals the second argument, else the value;
/// always optional.
template <class Value, class Null>
constexpr auto nullif(Value&& value, Null&& null) {
  using T = typename detail::first_type<Value, Null>::type;
  if constexpr (std::is_void_v<T> || category_of<T>() == category::unknown ||
                !comparable(category_of<T>(), argument_category<argument_t<T, Value>>()) ||
                !comparable(category_of<T>(), argument_category<argument_t<T, Null>>())) {
    nullif_of_incompatible_types<operand_value_t<Value>, operand_value_t<Null>>();
    return invalid_expression{};
  } else {
    return make_call<function::nullif>(argument_as<T>(std::forward<Value>(value)),
                                       argument_as<T>(std::forward<Null>(null)));
  }
}

}  // namespace ctql
