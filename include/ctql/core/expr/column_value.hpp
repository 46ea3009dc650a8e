#pragma once
// What a C++ value becomes when it is written into a column: a floating-point column gets a
// value of its own type, so that what is stored is what reads back (SQLite keeps a double as
// given, even in a float column), and a value the column cannot hold is refused, not rounded
// away: an integer beyond the float type's exact range, a finite double beyond float's range, an
// integer outside an integer column's type (-4 into a std::uint8_t: SQLite and PostgreSQL would keep
// it, and every later read of the column would fail).
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

#include "ctql/core/error.hpp"
#include "ctql/core/schema/value_types.hpp"

namespace ctql {

namespace detail {
template <class F>
constexpr const char* floating_name() {
  return sizeof(F) == sizeof(float) ? "float" : "double";
}

/// `v` as the floating-point type F, or ctql::error if F cannot hold it.
template <class F, class V>
F to_floating(V v) {
  if constexpr (std::is_integral_v<V>) {
    if constexpr (std::numeric_limits<V>::digits <= std::numeric_limits<F>::digits) {
      return static_cast<F>(v);
    } else {
      const F f = static_cast<F>(v);
      // V's max as F rounds up to a power of two, the first value outside V's range.
      constexpr F limit = static_cast<F>(std::numeric_limits<V>::max());
      const bool in_range = f < limit && (!std::is_signed_v<V> || f >= -limit);
      if (!in_range || static_cast<V>(f) != v)
        throw error("the integer " + std::to_string(v) + " cannot be stored exactly in a " + floating_name<F>() +
                    " column (it would become " + std::to_string(f) + "); use an integer column");
      return f;
    }
  } else if constexpr (sizeof(V) > sizeof(F)) {
    if (std::isfinite(v) && std::fabs(v) > static_cast<V>(std::numeric_limits<F>::max()))
      throw error("the value " + std::to_string(v) + " is beyond the range of a " + floating_name<F>() +
                  " column; use a double column");
    const F f = static_cast<F>(v);  // rounded to the column's precision, as the column would store it
    if (f == 0 && v != 0) {
      char digits[64];  // the shortest text that reads back as v (std::to_string would print 0.000000)
      const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
      throw error("the value " + std::string(digits, end) + " is too small for a " + floating_name<F>() +
                  " column (it would become 0); use a double column");
    }
    return f;
  } else {
    return static_cast<F>(v);
  }
}
}  // namespace detail

namespace detail {
/// Whether I is an integer type that is not bool.
template <class I>
inline constexpr bool plain_integer = std::is_integral_v<I> && !std::is_same_v<I, bool>;

/// Whether every V is a C (both plain integers).
template <class C, class V>
inline constexpr bool integer_range_within =
    std::in_range<C>(std::numeric_limits<V>::min()) && std::in_range<C>(std::numeric_limits<V>::max());

/// `v` as the integer type C, or ctql::error if C cannot hold it (the column would keep a value its
/// type cannot read back, or the database would refuse or wrap it, each its own way).
template <class C, class V>
C to_column_integer(V v) {
  if (!std::in_range<C>(v))
    throw error("the integer " + std::to_string(v) + " is out of range of its column's type (" +
                std::to_string(+std::numeric_limits<C>::min()) + " to " + std::to_string(+std::numeric_limits<C>::max()) +
                "); check the value, or widen the column");
  return static_cast<C>(v);
}
}  // namespace detail

/// Whether writing a V into a column of type T converts it: T floating and V another number type,
/// or both integers and V holding values T cannot.
template <class T, class V>
inline constexpr bool converts_for_column = [] {
  using C = strip_optional_t<T>;
  using P = strip_optional_t<std::remove_cvref_t<V>>;
  if constexpr (std::is_same_v<C, P>) return false;
  else if constexpr (std::is_floating_point_v<C>) return std::is_arithmetic_v<P>;
  else if constexpr (detail::plain_integer<C> && detail::plain_integer<P>) return !detail::integer_range_within<C, P>;
  else return false;
}();

/// The value to bind for `v` written into a column of type T: converted when
/// converts_for_column says so (an optional stays optional), otherwise `v` itself.
template <class T, class V>
decltype(auto) column_value(const V& v) {
  if constexpr (!converts_for_column<T, V>) {
    return (v);
  } else {
    using C = strip_optional_t<T>;
    auto convert = [](const auto& x) {
      if constexpr (std::is_floating_point_v<C>) return detail::to_floating<C>(x);
      else return detail::to_column_integer<C>(x);
    };
    if constexpr (is_optional_v<V>) {
      return v ? std::optional<C>(convert(*v)) : std::optional<C>();
    } else {
      return convert(v);
    }
  }
}

}  // namespace ctql
