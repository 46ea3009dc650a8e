#pragma once
// `users.age + 1`, `-x`: + - * / % on numeric expressions.
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

#include "ctql/core/check.hpp"
#include "ctql/core/expr/comparison.hpp"
#include "ctql/core/meta/lean_std.hpp"
#include "ctql/core/render/dialect.hpp"

namespace ctql {

namespace op {
struct plus { static constexpr std::string_view sql = " + "; static constexpr bool is_division = false; };
struct minus { static constexpr std::string_view sql = " - "; static constexpr bool is_division = false; };
struct multiplies { static constexpr std::string_view sql = " * "; static constexpr bool is_division = false; };
struct divides { static constexpr std::string_view sql = " / "; static constexpr bool is_division = true; };
struct modulus { static constexpr std::string_view sql = " % "; static constexpr bool is_division = false; };
}  // namespace op

namespace detail {
// As C++ would compute it, except that floating point is double: databases compute in double.
template <class A, class B>
using arithmetic_result_t = std::conditional_t<
    std::is_floating_point_v<decltype(std::declval<strip_optional_t<A>>() + std::declval<strip_optional_t<B>>())>,
    double, decltype(std::declval<strip_optional_t<A>>() + std::declval<strip_optional_t<B>>())>;

template <class T>
inline constexpr bool is_decimal_operand = category_of<T>() == category::decimal;

/// A ctql::decimal<P, S> times an integer: S kept, the integer's digits added (10 for up to 32
/// bits, 20 for 64), capped at 38 (the product is then checked when it is read).
template <class Decimal, class Integer>
using decimal_times_integer_t =
    typename Decimal::template rebind<std::min(Decimal::precision + (sizeof(Integer) <= 4 ? 10 : 20), 38),
                                      Decimal::scale>;

/// The value type of `a Op b`; decimals follow SQL's result scale (ctql::decimal's own + and *).
template <class Op, class A, class B>
constexpr auto arithmetic_type() {
  using SA = strip_optional_t<A>;
  using SB = strip_optional_t<B>;
  if constexpr (!is_decimal_operand<SA> && !is_decimal_operand<SB>) return std::type_identity<arithmetic_result_t<A, B>>{};
  else if constexpr (!is_decimal_operand<SB>) return std::type_identity<decimal_times_integer_t<SA, SB>>{};
  else if constexpr (!is_decimal_operand<SA>) return std::type_identity<decimal_times_integer_t<SB, SA>>{};
  else if constexpr (std::is_same_v<Op, op::multiplies>)
    return std::type_identity<decltype(std::declval<SA>() * std::declval<SB>())>{};
  else return std::type_identity<decltype(std::declval<SA>() + std::declval<SB>())>{};
}

/// Where decimals are scaled integers (SQLite), an operand of a sum with a larger scale on the
/// other side is multiplied up to it: `price * 100 + rate`.
template <class Operand, class Result, class Ctx>
constexpr void render_decimal_term(Ctx& ctx) {
  constexpr int shift = Result::scale - strip_optional_t<typename Operand::value_type>::scale;
  if constexpr (shift == 0) {
    render_operand<Operand>(ctx);
  } else {
    std::uint64_t factor = 1;
    for (int i = 0; i < shift; ++i) factor *= 10;
    ctx.text("(");
    render_operand<Operand>(ctx);
    ctx.text(" * ");
    ctx.number(factor);
    ctx.text(")");
  }
}
}  // namespace detail

template <class Left, class Right>
constexpr void decimal_arithmetic_unsupported() {
  static_assert(always_false<Left, Right>,
                "ctql: a ctql::decimal takes + and - with a decimal, and * with a decimal or an integer; not / or % "
                "(the databases' result scales differ), nor a double (not exact): write the other side as a "
                "ctql::decimal");
}

template <class Op, class Left, class Right>
struct arithmetic_node : expression_tag,
                         expression_ops<arithmetic_node<Op, Left, Right>>,
                         composite_traits<Left, Right> {
  using plain_type =
      typename decltype(detail::arithmetic_type<Op, typename Left::value_type, typename Right::value_type>())::type;
  using value_type =
      std::conditional_t<is_optional_v<typename Left::value_type> ||
                             is_optional_v<typename Right::value_type>,
                         std::optional<plain_type>, plain_type>;
  Left left;
  Right right;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    if constexpr (detail::is_decimal_operand<plain_type> && !std::is_same_v<Op, op::multiplies>) {
      if constexpr (Ctx::dialect::decimal == decimal_storage::scaled_integer) {
        detail::render_decimal_term<Left, plain_type>(ctx);
        ctx.text(Op::sql);
        detail::render_decimal_term<Right, plain_type>(ctx);
        return;
      }
    }
    render_operand<Left>(ctx);
    // Integer division as the dialect spells it (MySQL's / on integers gives a DECIMAL).
    if constexpr (Op::is_division && std::is_integral_v<plain_type>)
      ctx.text(Ctx::dialect::integer_division);
    else
      ctx.text(Op::sql);
    render_operand<Right>(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(left, f);
    visit_part(right, f);
  }
};

template <class Operand>
struct negate_node : expression_tag, expression_ops<negate_node<Operand>>, composite_traits<Operand> {
  using value_type = typename Operand::value_type;
  Operand operand;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text("-");
    render_operand<Operand>(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(operand, f);
  }
};

template <class Op, class L, class R>
constexpr auto make_arithmetic(L&& l, R&& r) {
  // An untyped param<> takes the other side's type.
  if constexpr (is_untyped_parameter<std::remove_cvref_t<L>>) {
    using Right = node_t<R>;
    return make_arithmetic<Op>(typed_as<strip_optional_t<typename Right::value_type>>(l), std::forward<R>(r));
  } else if constexpr (is_untyped_parameter<std::remove_cvref_t<R>>) {
    using Left = node_t<L>;
    return make_arithmetic<Op>(std::forward<L>(l), typed_as<strip_optional_t<typename Left::value_type>>(r));
  } else {
    using A = operand_value_t<L>;
    using B = operand_value_t<R>;
    constexpr bool decimals = detail::is_decimal_operand<A> || detail::is_decimal_operand<B>;
    constexpr bool decimals_fit =
        (detail::is_decimal_operand<A> && detail::is_decimal_operand<B> &&
         (std::is_same_v<Op, op::plus> || std::is_same_v<Op, op::minus> || std::is_same_v<Op, op::multiplies>)) ||
        (std::is_same_v<Op, op::multiplies> && (category_of<A>() == category::integral || category_of<B>() == category::integral));
    if constexpr (decimals && !decimals_fit) {
      decimal_arithmetic_unsupported<A, B>();
      return invalid_expression{};
    } else if constexpr (decimals) {
      auto left = as_node(std::forward<L>(l));
      auto right = as_node(std::forward<R>(r));
      return arithmetic_node<Op, decltype(left), decltype(right)>{{}, {}, {}, left, right};
    } else if constexpr (!numeric_value<A> || !numeric_value<B>) {
      arithmetic_needs_numbers<A, B>();
      return invalid_expression{};
    } else if constexpr (std::is_same_v<Op, op::modulus> &&
                         (category_of<A>() != category::integral || category_of<B>() != category::integral)) {
      modulus_needs_integers<A, B>();
      return invalid_expression{};
    } else {
      auto left = as_node(std::forward<L>(l));
      auto right = as_node(std::forward<R>(r));
      return arithmetic_node<Op, decltype(left), decltype(right)>{{}, {}, {}, left, right};
    }
  }
}

template <class L, class R>
  requires operands_with_expression<L, R>
constexpr auto operator+(L&& l, R&& r) {
  return make_arithmetic<op::plus>(std::forward<L>(l), std::forward<R>(r));
}
template <class L, class R>
  requires operands_with_expression<L, R>
constexpr auto operator-(L&& l, R&& r) {
  return make_arithmetic<op::minus>(std::forward<L>(l), std::forward<R>(r));
}
template <class L, class R>
  requires operands_with_expression<L, R>
constexpr auto operator*(L&& l, R&& r) {
  return make_arithmetic<op::multiplies>(std::forward<L>(l), std::forward<R>(r));
}
template <class L, class R>
  requires operands_with_expression<L, R>
constexpr auto operator/(L&& l, R&& r) {
  return make_arithmetic<op::divides>(std::forward<L>(l), std::forward<R>(r));
}
template <class L, class R>
  requires operands_with_expression<L, R>
constexpr auto operator%(L&& l, R&& r) {
  return make_arithmetic<op::modulus>(std::forward<L>(l), std::forward<R>(r));
}
template <expression E>
constexpr auto operator-(E&& e) {
  using Operand = std::remove_cvref_t<E>;
  if constexpr (!numeric_value<typename Operand::value_type> && !detail::is_decimal_operand<typename Operand::value_type>) {
    arithmetic_needs_numbers<typename Operand::value_type, typename Operand::value_type>();
    return invalid_expression{};
  } else {
    return negate_node<Operand>{{}, {}, {}, e};
  }
}

}  // namespace ctql
