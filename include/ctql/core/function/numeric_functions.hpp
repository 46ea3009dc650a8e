#pragma once
// abs(x) and round(x), round(x, digits): abs keeps x's type; round gives x's integer type for an
// integer and double for a floating-point x (a float rounded to 2 digits is rarely a float).
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

#include "ctql/core/function/function_call.hpp"
#include "ctql/core/meta/type_list.hpp"

namespace ctql {

template <class Function, class Operand>
constexpr void numeric_function_needs_number() {
  static_assert(always_false<Function, Operand>,
                "ctql: abs() and round() take a number (an integer or floating-point column or value)");
}

template <class Digits>
constexpr void round_needs_integer_digits() {
  static_assert(always_false<Digits>,
                "ctql: round(x, digits) takes an integer number of digits after the point (negative: "
                "before it)");
}

namespace function {
struct abs : scalar_function {
  static constexpr std::string_view sql = "ABS";
  template <class Operand>
  using result = typename Operand::value_type;
};

/// ROUND(x, n). An integer's is cast back to an integer (SQLite's ROUND gives a REAL); a
/// double's goes through NUMERIC where the dialect has no round(double, int) (PostgreSQL), which
/// also rounds halves away from zero as SQLite does.
struct round : scalar_function {
  template <class Operand, class... Digits>
  using result = null_if_any_t<std::conditional_t<std::is_integral_v<strip_optional_t<typename Operand::value_type>>,
                                                  strip_optional_t<typename Operand::value_type>, double>,
                               Operand, Digits...>;

  template <class Operand, class... Digits, class Ctx>
  static constexpr void render(Ctx& ctx) {
    using D = typename Ctx::dialect;
    constexpr bool integral = std::is_integral_v<strip_optional_t<typename Operand::value_type>>;
    constexpr bool numeric = !integral && D::round_through_numeric;
    if constexpr (integral || numeric) ctx.text("CAST(");
    ctx.text("ROUND(");
    if constexpr (numeric) {
      ctx.text("CAST(");
      Operand::render(ctx);
      ctx.text(" AS NUMERIC)");
    } else {
      Operand::render(ctx);
    }
    ((ctx.text(", "), render_int_argument<Digits>(ctx)), ...);
    ctx.text(")");
    if constexpr (integral) {
      ctx.text(" AS ");
      ctx.text(D::cast_integer_type);
      ctx.text(")");
    } else if constexpr (numeric) {
      ctx.text(" AS ");
      ctx.text(D::floating_type(8));
      ctx.text(")");
    }
  }
};
}  // namespace function

template <class Function, class Operand>
constexpr bool check_number() {
  if constexpr (!numeric_value<typename Operand::value_type>) {
    numeric_function_needs_number<Function, typename Operand::value_type>();
    return false;
  } else {
    return true;
  }
}

/// `abs(users.age)`: the operand's type.
template <class T>
constexpr auto abs(T&& x) {
  using operand = node_t<T>;
  if constexpr (!check_number<function::abs, operand>()) return invalid_expression{};
  else return make_call<function::abs>(as_node(std::forward<T>(x)));
}

/// `round(products.price)`, `round(products.price, 2)`: double for a floating-point operand, its
/// own type for an integer one (`round(users.age, -1)` rounds to tens). Halves of a double round
/// away from zero on SQLite and PostgreSQL, to even on MySQL/MariaDB.
template <class T, class... Digits>
  requires(sizeof...(Digits) <= 1)
constexpr auto round(T&& x, Digits&&... digits) {
  using operand = node_t<T>;
  if constexpr (!check_number<function::round, operand>()) {
    return invalid_expression{};
  } else if constexpr ((false || ... || (argument_category<argument_t<int, Digits>>() != category::integral))) {
    round_needs_integer_digits<type_list<operand_value_t<Digits>...>>();
    return invalid_expression{};
  } else {
    return make_call<function::round>(as_node(std::forward<T>(x)), argument_as<int>(std::forward<Digits>(digits))...);
  }
}

}  // namespace ctql
