#pragma once
// WHERE condition, for select, update and delete.
#include "ctql/core/check.hpp"
#include "ctql/core/expr/node.hpp"

namespace ctql {

template <class Condition>
struct where_clause : composite_traits<Condition> {
  Condition condition;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text(" WHERE ");
    Condition::render(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    condition.visit(f);
  }
};

/// What .unconditionally() leaves in place of a where(): nothing to render, but said on purpose.
struct unconditionally_clause : leaf_traits {
  template <class Ctx>
  static constexpr void render(Ctx&) {}
};

}  // namespace ctql
