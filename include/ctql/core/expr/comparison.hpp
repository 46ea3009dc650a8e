#pragma once
// `users.age >= 18`: == != < <= > >= between an expression and an expression or a value.
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

#include "ctql/core/expr/comparison_check.hpp"
#include "ctql/core/expr/expression_ops.hpp"

namespace ctql {

template <class Op, class Left, class Right>
struct comparison_node : expression_tag,
                         expression_ops<comparison_node<Op, Left, Right>>,
                         composite_traits<Left, Right> {
  // SQL comparisons with NULL give NULL.
  using value_type =
      std::conditional_t<is_optional_v<typename Left::value_type> ||
                             is_optional_v<typename Right::value_type>,
                         std::optional<bool>, bool>;
  Left left;
  Right right;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    render_operand<Left>(ctx);
    ctx.text(Op::sql);
    render_operand<Right>(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(left, f);
    visit_part(right, f);
  }
};

namespace op {
struct equal { static constexpr std::string_view sql = " = "; };
struct not_equal { static constexpr std::string_view sql = " <> "; };
struct less { static constexpr std::string_view sql = " < "; };
struct less_equal { static constexpr std::string_view sql = " <= "; };
struct greater { static constexpr std::string_view sql = " > "; };
struct greater_equal { static constexpr std::string_view sql = " >= "; };
}  // namespace op

/// One side of an operator must be a ctql expression (or a scalar subquery); the other may be a plain value.
template <class L, class R>
concept operands_with_expression = expression<L> || expression<R> || value_statement<L> || value_statement<R>;

template <class T>
concept typed_expression = expression<T> && !is_untyped_parameter<std::remove_cvref_t<T>>;

template <class Op, class L, class R>
constexpr auto make_comparison(L&& l, R&& r) {
  if constexpr (value_statement<L>) {
    return make_comparison<Op>(as_node(l), std::forward<R>(r));  // `select(count(...)).from(...) >= 2`
  } else if constexpr (typed_expression<L>) {
    using Left = std::remove_cvref_t<L>;
    if constexpr (!check_comparable<Left, R>()) {
      return invalid_expression{};
    } else {
      auto right = operand_against<Left>(std::forward<R>(r));
      return comparison_node<Op, Left, decltype(right)>{{}, {}, {}, l, right};
    }
  } else if constexpr (typed_expression<R>) {
    using Right = std::remove_cvref_t<R>;
    if constexpr (!check_comparable<Right, L>()) {
      return invalid_expression{};
    } else {
      auto left = operand_against<Right>(std::forward<L>(l));
      return comparison_node<Op, decltype(left), Right>{{}, {}, {}, left, r};
    }
  } else {
    two_untyped_parameters<std::remove_cvref_t<L>, std::remove_cvref_t<R>>();
    return invalid_expression{};
  }
}

template <class L, class R>
  requires operands_with_expression<L, R>
constexpr auto operator==(L&& l, R&& r) {
  return make_comparison<op::equal>(std::forward<L>(l), std::forward<R>(r));
}
template <class L, class R>
  requires operands_with_expression<L, R>
constexpr auto operator!=(L&& l, R&& r) {
  return make_comparison<op::not_equal>(std::forward<L>(l), std::forward<R>(r));
}
template <class L, class R>
  requires operands_with_expression<L, R>
constexpr auto operator<(L&& l, R&& r) {
  return make_comparison<op::less>(std::forward<L>(l), std::forward<R>(r));
}
template <class L, class R>
  requires operands_with_expression<L, R>
constexpr auto operator<=(L&& l, R&& r) {
  return make_comparison<op::less_equal>(std::forward<L>(l), std::forward<R>(r));
}
template <class L, class R>
  requires operands_with_expression<L, R>
constexpr auto operator>(L&& l, R&& r) {
  return make_comparison<op::greater>(std::forward<L>(l), std::forward<R>(r));
}
template <class L, class R>
  requires operands_with_expression<L, R>
constexpr auto operator>=(L&& l, R&& r) {
  return make_comparison<op::greater_equal>(std::forward<L>(l), std::forward<R>(r));
}

}  // namespace ctql
