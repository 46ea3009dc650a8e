#pragma once
// `users.name.like("A%")`
#include <utility>

#include "ctql/core/check.hpp"
#include "ctql/core/expr/comparison_check.hpp"

namespace ctql {

template <class Operand, class Pattern>
struct like_node : expression_tag, composite_traits<Operand, Pattern> {
  using value_type = predicate_value_t<Operand, Pattern>;
  Operand operand;
  Pattern pattern;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    render_operand<Operand>(ctx);
    ctx.text(" LIKE ");
    render_operand<Pattern>(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(operand, f);
    visit_part(pattern, f);
  }
};

template <class Operand, class P>
constexpr auto make_like(const Operand& operand, P&& pattern) {
  if constexpr (category_of<typename Operand::value_type>() != category::text) {
    like_needs_text<typename Operand::value_type>();
    return invalid_expression{};
  } else if constexpr (!check_comparable<Operand, P>()) {
    return invalid_expression{};
  } else {
    auto p = operand_against<Operand>(std::forward<P>(pattern));
    return like_node<Operand, decltype(p)>{{}, {}, operand, p};
  }
}

}  // namespace ctql
