#pragma once
// ctql::decimal<P, S>: an exact decimal of P digits, S of them after the point, what SQL's
// NUMERIC(P, S) holds, kept as a scaled integer (value * 10^S) of up to 38 digits; never a double.
// NUMERIC(P, S) on PostgreSQL, DECIMAL(P, S) on MySQL and MariaDB, a scaled INTEGER on SQLite: a
// ctql::value_traits type stored as ctql::sql_numeric<P, S> (core/schema/sql_forms.hpp), as yours can be.
#include <algorithm>
#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "ctql/core/error.hpp"
#include "ctql/core/schema/category.hpp"
#include "ctql/core/schema/sql_forms.hpp"
#include "ctql/core/schema/value_traits.hpp"

namespace ctql {

namespace detail {
template <class F>
inline constexpr bool decimal_from_floating = false;

[[noreturn, gnu::cold]] inline void throw_decimal_digits(int p, int s) {
  throw error("more than " + std::to_string(p) + " digits for a decimal(" + std::to_string(p) + ", " + std::to_string(s) + ")");
}
}  // namespace detail

/// `ctql::decimal<12, 2> price{"1234.50"};`, `to_string(price)` is "1234.50"; `price + price`,
/// `price - price`, `price * qty` are exact with SQL's result scale; a value of more than P digits,
/// or with a nonzero digit past S decimals, is a ctql::error (never rounded).
template <int P, int S>
class decimal {
  static_assert(P >= 1 && P <= 38, "ctql: decimal<P, S> has 1 to 38 digits: P is from 1 to 38");
  static_assert(S >= 0 && S <= P, "ctql: decimal<P, S> has 0 to P digits after the point: S is from 0 to P");

 public:
  static constexpr int precision = P;
  static constexpr int scale = S;
  /// Another decimal type (what SQL arithmetic on this one gives).
  template <int P2, int S2>
  using rebind = decimal<P2, S2>;
  using units_type = detail::int128;
  /// 10^P: every value's units are below it in magnitude.
  static constexpr units_type limit = detail::pow10(P);

  constexpr decimal() = default;
  /// From its text: an optional sign, digits, optionally '.' and digits ("1234.50", "-0.5", "7");
  /// ctql::error if it is not a number, has more than P - S digits before the point or a nonzero
  /// digit past S after it (zeros past S are exact and taken).
  explicit decimal(std::string_view text) {
    const auto parsed = parse(text);
    if (!parsed)
      throw error("'" + std::string(text) + "' is not a decimal(" + std::to_string(P) + ", " + std::to_string(S) +
                  "): at most " + std::to_string(P - S) + " digits before the point and " + std::to_string(S) +
                  " after it, no exponent");
    units_ = parsed->units_;
  }
  explicit decimal(const char* text) : decimal(std::string_view(text)) {}
  explicit decimal(const std::string& text) : decimal(std::string_view(text)) {}
  /// From an integer, exactly; ctql::error if it has more than P - S digits.
  template <std::integral I>
    requires(!std::is_same_v<I, bool>)
  constexpr explicit decimal(I whole) {
    const auto u = static_cast<units_type>(whole);
    if (u >= detail::pow10(P - S) || u <= -detail::pow10(P - S))
      throw error(std::to_string(whole) + " has more than " + std::to_string(P - S) + " digits before the point of a decimal(" +
                  std::to_string(P) + ", " + std::to_string(S) + ")");
    units_ = u * detail::pow10(S);
  }
  /// A double is refused: it is not exact ("0.1" is not 0.1); give the text.
  template <std::floating_point F>
  decimal(F) {
    static_assert(detail::decimal_from_floating<F>,
                  "ctql: a ctql::decimal is not made from a double (it is not exact: 0.1 is not 0.1); "
                  "write the text, ctql::decimal<P, S>{\"0.10\"}, or an integer");
  }

  /// The value with `units` units of 10^-S, or nothing if that is more than P digits.
  static constexpr std::optional<decimal> from_units(units_type units) {
    if (units >= limit || units <= -limit) return std::nullopt;
    decimal d;
    d.units_ = units;
    return d;
  }
  /// The value the text denotes (see the constructor), or nothing.
  static constexpr std::optional<decimal> parse(std::string_view s) {
    const auto units = detail::parse_decimal_units<P, S>(s);
    if (!units) return std::nullopt;
    decimal d;
    d.units_ = *units;
    return d;
  }

  /// The value times 10^S.
  constexpr units_type units() const { return units_; }

  friend constexpr bool operator==(const decimal&, const decimal&) = default;
  friend constexpr auto operator<=>(const decimal&, const decimal&) = default;

  constexpr decimal operator-() const {
    decimal d;
    d.units_ = -units_;
    return d;
  }

 private:
  friend struct value_traits<decimal>;
  static constexpr decimal from_checked_units(units_type units) {
    decimal d;
    d.units_ = units;
    return d;
  }
  units_type units_ = 0;
};

namespace detail {
template <class T>
inline constexpr bool is_decimal = false;
template <int P, int S>
inline constexpr bool is_decimal<decimal<P, S>> = true;

/// a + b, a - b: SQL's result scale max(S1, S2), one more digit than the wider whole part.
template <int P1, int S1, int P2, int S2>
struct decimal_sum {
  static constexpr int scale = std::max(S1, S2);
  static constexpr int whole = std::max(P1 - S1, P2 - S2);
  static_assert(whole + scale + 1 <= 38,
                "ctql: adding these decimals could need more than 38 digits (the wider whole part, the larger "
                "scale and a carry); use decimals of fewer digits");
  using type = decimal<whole + scale + 1, scale>;
};
/// a * b: SQL's result scale S1 + S2, P1 + P2 digits.
template <int P1, int S1, int P2, int S2>
struct decimal_product {
  static_assert(P1 + P2 <= 38,
                "ctql: multiplying these decimals could need more than 38 digits (P1 + P2); use decimals of fewer "
                "digits");
  using type = decimal<P1 + P2, S1 + S2>;
};
}  // namespace detail

template <class T>
concept decimal_value = detail::is_decimal<std::remove_cvref_t<T>>;

/// '-1234.50': a sign if negative, the whole part, and exactly S digits after the point.
template <int P, int S>
std::string to_string(const decimal<P, S>& d) {
  return detail::decimal_text<S>(d.units());
}

/// ctql::decimal<P, S> is stored as a ctql::sql_numeric<P, S> and compares with decimals of its
/// scale (category::decimal).
template <int P, int S>
struct value_traits<decimal<P, S>> {
  using stored_type = sql_numeric<P, S>;
  static constexpr category sql_category = category::decimal;
  static constexpr sql_numeric<P, S> to_stored(const decimal<P, S>& d) { return {d.units()}; }
  static constexpr decimal<P, S> from_stored(const sql_numeric<P, S>& s) {
    // The connectors read no more than P digits (see sql_numeric): this is never taken.
    if (s.units >= decimal<P, S>::limit || s.units <= -decimal<P, S>::limit) [[unlikely]]
      detail::throw_decimal_digits(P, S);
    return decimal<P, S>::from_checked_units(s.units);
  }
};

template <int P1, int S1, int P2, int S2>
constexpr auto operator+(const decimal<P1, S1>& a, const decimal<P2, S2>& b) {
  using R = typename detail::decimal_sum<P1, S1, P2, S2>::type;
  // Below 2 * 10^37 in magnitude: no overflow, and within R's digits.
  return *R::from_units(a.units() * detail::pow10(R::scale - S1) + b.units() * detail::pow10(R::scale - S2));
}
template <int P1, int S1, int P2, int S2>
constexpr auto operator-(const decimal<P1, S1>& a, const decimal<P2, S2>& b) {
  return a + -b;
}
template <int P1, int S1, int P2, int S2>
constexpr auto operator*(const decimal<P1, S1>& a, const decimal<P2, S2>& b) {
  using R = typename detail::decimal_product<P1, S1, P2, S2>::type;
  return *R::from_units(a.units() * b.units());  // below 10^(P1 + P2): fits
}

}  // namespace ctql
