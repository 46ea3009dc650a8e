#pragma once
// `users.email.is_null()`, `users.email.is_not_null()`
#include "ctql/core/expr/node.hpp"

namespace ctql {

template <class Operand, bool Negated>
struct null_test_node : expression_tag, composite_traits<Operand> {
  using value_type = bool;
  static constexpr bool never_null = true;  // IS NULL is true or false, never NULL
  Operand operand;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    render_operand<Operand>(ctx);
    ctx.text(Negated ? " IS NOT NULL" : " IS NULL");
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(operand, f);
  }
};

}  // namespace ctql
