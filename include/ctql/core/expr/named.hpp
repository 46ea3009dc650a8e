#pragma once
// `count(posts.id).as<"post_count">()`: a select-list item with a name.
#include <string_view>

#include "ctql/core/expr/node.hpp"
#include "ctql/core/meta/fixed_string.hpp"

namespace ctql {

struct named_tag {};

template <class Operand, fixed_string Alias>
struct named_expression : named_tag, composite_traits<Operand> {
  using value_type = typename Operand::value_type;
  using operand_type = Operand;
  static constexpr bool never_null = Operand::never_null;
  static constexpr std::string_view alias = Alias.view();
  Operand operand;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    render_operand<Operand>(ctx);
    ctx.text(" AS ");
    ctx.identifier(alias);
  }
  template <class F>
  constexpr void visit(F& f) const {
    operand.visit(f);
  }
};

}  // namespace ctql
