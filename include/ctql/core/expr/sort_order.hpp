#pragma once
// `users.name.asc()`, `users.age.desc()`: items of order_by().
#include "ctql/core/expr/node.hpp"

namespace ctql {

struct sort_tag {};

template <class Operand, bool Descending>
struct sort_item : sort_tag, composite_traits<Operand> {
  Operand operand;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    render_operand<Operand>(ctx);
    ctx.text(Descending ? " DESC" : " ASC");
  }
  template <class F>
  constexpr void visit(F& f) const {
    operand.visit(f);
  }
};

}  // namespace ctql
