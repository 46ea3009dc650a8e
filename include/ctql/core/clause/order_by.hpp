#pragma once
// ORDER BY item, ... (an expression, or expr.asc() / expr.desc()).
#include <type_traits>

#include "ctql/core/check.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/expr/sort_order.hpp"
#include "ctql/core/meta/node_list.hpp"

namespace ctql {

template <class... Items>
struct order_by_clause : composite_traits<Items...> {
  node_list<Items...> items;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text(" ORDER BY ");
    node_list<Items...>::for_each_type([&]<std::size_t I, class Item>() {
      if constexpr (I > 0) ctx.text(", ");
      Item::render(ctx);
    });
  }
  template <class F>
  constexpr void visit(F& f) const {
    items.for_each([&](const auto& item) { item.visit(f); });
  }
};

template <class T>
concept order_item = expression<T> || std::is_base_of_v<sort_tag, T>;

}  // namespace ctql
