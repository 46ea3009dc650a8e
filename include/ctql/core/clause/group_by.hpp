#pragma once
// GROUP BY e, ... and HAVING condition.
#include "ctql/core/check.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/meta/node_list.hpp"

namespace ctql {

template <class... Expressions>
struct group_by_clause : composite_traits<Expressions...> {
  using items = type_list<Expressions...>;
  node_list<Expressions...> expressions;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text(" GROUP BY ");
    node_list<Expressions...>::for_each_type([&]<std::size_t I, class E>() {
      if constexpr (I > 0) ctx.text(", ");
      E::render(ctx);
    });
  }
  template <class F>
  constexpr void visit(F& f) const {
    expressions.for_each([&](const auto& e) { e.visit(f); });
  }
};

template <class Condition>
struct having_clause : composite_traits<Condition> {
  Condition condition;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text(" HAVING ");
    Condition::render(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    condition.visit(f);
  }
};

}  // namespace ctql
