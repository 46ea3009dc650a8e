#pragma once
// The C++ types a column or parameter may have, and the SQL category each belongs to.
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "ctql/core/meta/lean_std.hpp"
#include "ctql/core/schema/category.hpp"
#include "ctql/core/schema/time_of_day.hpp"
#include "ctql/core/schema/value_traits.hpp"

namespace ctql {

/// A calendar day: `ctql::date d = std::chrono::sys_days{std::chrono::year{2024}/3/1};`
using date = std::chrono::sys_days;
/// A point in time with microsecond precision (what DATETIME(6) and TIMESTAMP store exactly).
using timestamp = std::chrono::sys_time<std::chrono::microseconds>;
/// Binary data.
using blob = std::vector<std::byte>;

namespace detail {
template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class T>
struct strip_optional {
  using type = T;
};
template <class T>
struct strip_optional<std::optional<T>> {
  using type = T;
};
}  // namespace detail

template <class T>
inline constexpr bool is_optional_v = detail::is_optional<T>::value;
template <class T>
using strip_optional_t = typename detail::strip_optional<T>::type;
/// optional<T> for T, unchanged for an optional.
template <class T>
using make_optional_t = std::optional<strip_optional_t<T>>;

template <class T>
inline constexpr bool is_reference_wrapper = false;
template <class T>
inline constexpr bool is_reference_wrapper<std::reference_wrapper<T>> = true;

/// A value's category; a ctql::ref(x) (std::reference_wrapper) has the category of x.
template <class T>
constexpr category category_of() {
  using U = strip_optional_t<std::remove_cvref_t<std::unwrap_reference_t<std::remove_cvref_t<T>>>>;
  // A value_traits type (yours, ctql::uuid, ctql::decimal<P, S>, ctql::json, an enum): its own.
  if constexpr (custom_value<U>) return custom_category<U>();
  else if constexpr (std::is_same_v<U, bool>) return category::boolean;
  else if constexpr (std::is_integral_v<U> && !std::is_same_v<U, char> &&
                     !std::is_same_v<U, char8_t> && !std::is_same_v<U, char16_t> &&
                     !std::is_same_v<U, char32_t> && !std::is_same_v<U, wchar_t>)
    return category::integral;
  else if constexpr (std::is_floating_point_v<U>) return category::floating;
  else if constexpr (std::is_same_v<U, std::string> || std::is_same_v<U, std::string_view> ||
                     std::is_same_v<U, const char*> || std::is_same_v<U, char*> ||
                     (std::is_array_v<U> && std::is_same_v<std::remove_extent_t<U>, const char>) ||
                     (std::is_array_v<U> && std::is_same_v<std::remove_extent_t<U>, char>))
    return category::text;
  else if constexpr (std::is_same_v<U, blob>) return category::blob;
  else if constexpr (std::is_same_v<U, date>) return category::date;
  else if constexpr (std::is_same_v<U, timestamp>) return category::timestamp;
  else if constexpr (std::is_same_v<U, time_of_day>) return category::time;
  else return category::unknown;
}

/// Integers and floating point compare with each other; every other category only with itself.
constexpr bool comparable(category a, category b) {
  auto numeric = [](category c) { return c == category::integral || c == category::floating; };
  return a == b || (numeric(a) && numeric(b));
}

/// Whether a column (or parameter) of category `to` takes a value of category `from`: its own
/// category; an integer column does not take a floating-point value (that would truncate).
constexpr bool accepts(category to, category from) {
  return to == from || (to == category::floating && from == category::integral);
}

/// The value type under optional, reference_wrapper and const: what decides a value's identity.
template <class T>
using value_base_t = strip_optional_t<std::remove_cvref_t<std::unwrap_reference_t<std::remove_cvref_t<T>>>>;

/// Whether values of types A and B compare in SQL: by category, except that a value_traits type
/// compares only with its own type.
template <class A, class B>
constexpr bool values_comparable() {
  if constexpr (category_of<A>() == category::custom || category_of<B>() == category::custom)
    return std::is_same_v<value_base_t<A>, value_base_t<B>>;
  else if constexpr (category_of<A>() == category::json || category_of<B>() == category::json)
    return false;  // JSON text has no order and its equality is not the values' (whitespace, key order)
  else if constexpr (category_of<A>() == category::decimal && category_of<B>() == category::decimal)
    return value_base_t<A>::scale == value_base_t<B>::scale;  // SQLite stores scaled integers
  else return comparable(category_of<A>(), category_of<B>());
}

/// Whether a column (or parameter) of type To takes a value of type From (see accepts()).
template <class To, class From>
constexpr bool values_accepted() {
  if constexpr (category_of<To>() == category::custom || category_of<From>() == category::custom)
    return std::is_same_v<value_base_t<To>, value_base_t<From>>;
  else if constexpr (category_of<To>() == category::decimal && category_of<From>() == category::decimal)
    return value_base_t<To>::scale == value_base_t<From>::scale;  // the precision is checked where it is stored
  else if constexpr (category_of<To>() == category::json && category_of<From>() == category::json)
    return true;  // ctql::json and json_of<J> are both JSON text
  else return accepts(category_of<To>(), category_of<From>());
}

template <class T>
concept sql_value = category_of<T>() != category::unknown;

template <class T>
concept numeric_value =
    category_of<T>() == category::integral || category_of<T>() == category::floating;

}  // namespace ctql
