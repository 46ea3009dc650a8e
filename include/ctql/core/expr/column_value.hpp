#pragma once
// What a C++ value becomes when it is written into a column: a floating-point column gets a
// value of its own type, so that what is stored is what reads back (SQLite keeps a double as
// given, even in a float column), and a value the column cannot hold is refused, not rounded
// away: an integer beyond the float type's exact range, a finite double beyond float's range.
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>

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

/// Whether writing a V into a column of type T converts it (T floating, V another number type).
template <class T, class V>
inline constexpr bool converts_for_column =
    std::is_floating_point_v<strip_optional_t<T>> &&
    std::is_arithmetic_v<strip_optional_t<std::remove_cvref_t<V>>> &&
    !std::is_same_v<strip_optional_t<T>, strip_optional_t<std::remove_cvref_t<V>>>;

/// The value to bind for `v` written into a column of type T: converted when
/// converts_for_column says so (an optional stays optional), otherwise `v` itself.
template <class T, class V>
decltype(auto) column_value(const V& v) {
  if constexpr (!converts_for_column<T, V>) {
    return (v);
  } else {
    using F = strip_optional_t<T>;
    if constexpr (is_optional_v<V>) {
      return v ? std::optional<F>(detail::to_floating<F>(*v)) : std::optional<F>();
    } else {
      return detail::to_floating<F>(v);
    }
  }
}

}  // namespace ctql
