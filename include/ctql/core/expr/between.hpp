#pragma once
// `users.age.between(18, 65)`
#include <utility>

#include "ctql/core/expr/comparison_check.hpp"

namespace ctql {

template <class Operand, class Low, class High>
struct between_node : expression_tag, composite_traits<Operand, Low, High> {
  using value_type = predicate_value_t<Operand, Low, High>;
  Operand operand;
  Low low;
  High high;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    render_operand<Operand>(ctx);
    ctx.text(" BETWEEN ");
    render_operand<Low>(ctx);
    ctx.text(" AND ");
    render_operand<High>(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(operand, f);
    visit_part(low, f);
    visit_part(high, f);
  }
};

template <class Operand, class L, class H>
constexpr auto make_between(const Operand& operand, L&& low, H&& high) {
  if constexpr (!check_comparable<Operand, L>() || !check_comparable<Operand, H>()) {
    return invalid_expression{};
  } else {
    auto l = operand_against<Operand>(std::forward<L>(low));
    auto h = operand_against<Operand>(std::forward<H>(high));
    return between_node<Operand, decltype(l), decltype(h)>{{}, {}, operand, l, h};
  }
}

}  // namespace ctql
