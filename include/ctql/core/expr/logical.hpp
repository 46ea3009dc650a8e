#pragma once
// `a && b`, `a || b`, `!a` on boolean expressions: AND, OR, NOT. An operand that renders nothing
// in a variant (a condition whose maybe() is empty, a dynamic(false, ...)) drops out: `a AND b`
// becomes `a`, and one with both operands gone renders nothing itself (expr/dynamic.hpp).
#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

#include "ctql/core/check.hpp"
#include "ctql/core/expr/comparison.hpp"

namespace ctql {

template <class Op, class Left, class Right>
struct logical_node : expression_tag,
                      expression_ops<logical_node<Op, Left, Right>>,
                      composite_traits<Left, Right> {
  using value_type =
      std::conditional_t<is_optional_v<typename Left::value_type> ||
                             is_optional_v<typename Right::value_type>,
                         std::optional<bool>, bool>;
  Left left;
  Right right;
  template <class C>
  static constexpr bool present_at(const C& c, std::size_t mult) {
    return ctql::present_at<Left>(c, mult) || ctql::present_at<Right>(c, mult * variants_of<Left>);
  }
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    if constexpr (fixed_shape<Left> && fixed_shape<Right>) {
      render_operand<Left>(ctx);
      ctx.text(Op::sql);
      render_operand<Right>(ctx);
    } else {
      const bool l = ctql::present_at<Left>(ctx, ctx.choice_mult);
      const bool r = ctql::present_at<Right>(ctx, ctx.choice_mult * variants_of<Left>);
      // A lone survivor is written bare, as the statement without the other would be: whoever
      // holds this node puts it in parentheses where it needs them.
      if (l && r) render_operand<Left>(ctx);
      else if (l) Left::render(ctx);
      else ctx.skip_choices(variants_of<Left>);
      if (l && r) ctx.text(Op::sql);
      if (l && r) render_operand<Right>(ctx);
      else if (r) Right::render(ctx);
      else ctx.skip_choices(variants_of<Right>);
    }
  }
  template <class F>
  constexpr void visit(F& f) const {
    if constexpr (fixed_shape<Left> && fixed_shape<Right>) {
      visit_part(left, f);
      visit_part(right, f);
    } else {
      if (present(left, f)) visit_part(left, f);
      else variant_skip(f, variants_of<Left>);
      if (present(right, f)) visit_part(right, f);
      else variant_skip(f, variants_of<Right>);
    }
  }
};

template <class Operand>
struct not_node : expression_tag, expression_ops<not_node<Operand>>, composite_traits<Operand> {
  using value_type = typename Operand::value_type;
  Operand operand;
  template <class C>
  static constexpr bool present_at(const C& c, std::size_t mult) {
    return ctql::present_at<Operand>(c, mult);
  }
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text("NOT ");
    render_operand<Operand>(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(operand, f);
  }
};

namespace op {
struct logical_and { static constexpr std::string_view sql = " AND "; };
struct logical_or { static constexpr std::string_view sql = " OR "; };
}  // namespace op

template <class V>
constexpr bool check_boolean_operand() {
  using U = std::remove_cvref_t<V>;
  if constexpr (is_untyped_parameter<U>) {
    return true;
  } else if constexpr (category_of<operand_value_t<V>>() != category::boolean) {
    logical_operand_not_boolean<operand_value_t<V>>();
    return false;
  } else {
    return true;
  }
}

template <class Op, class L, class R>
constexpr auto make_logical(L&& l, R&& r) {
  if constexpr (!check_boolean_operand<L>() || !check_boolean_operand<R>()) {
    return invalid_expression{};
  } else {
    auto left = typed_as<bool>(as_node(std::forward<L>(l)));
    auto right = typed_as<bool>(as_node(std::forward<R>(r)));
    return logical_node<Op, decltype(left), decltype(right)>{{}, {}, {}, left, right};
  }
}

template <class L, class R>
  requires operands_with_expression<L, R>
constexpr auto operator&&(L&& l, R&& r) {
  return make_logical<op::logical_and>(std::forward<L>(l), std::forward<R>(r));
}
template <class L, class R>
  requires operands_with_expression<L, R>
constexpr auto operator||(L&& l, R&& r) {
  return make_logical<op::logical_or>(std::forward<L>(l), std::forward<R>(r));
}
template <expression E>
constexpr auto operator!(E&& e) {
  if constexpr (!check_boolean_operand<E>()) {
    return invalid_expression{};
  } else {
    using Operand = std::remove_cvref_t<E>;
    return not_node<Operand>{{}, {}, {}, e};
  }
}

}  // namespace ctql
