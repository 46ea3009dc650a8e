#pragma once
// ORDER BY item, ... (an expression, or expr.asc() / expr.desc()).
#include <cstddef>
#include <type_traits>

#include "ctql/core/check.hpp"
#include "ctql/core/clause/absent.hpp"
#include "ctql/core/clause/grouping.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/expr/sort_order.hpp"
#include "ctql/core/meta/node_list.hpp"
#include "ctql/core/query/statement.hpp"
#include "ctql/core/schema/column_name.hpp"

namespace ctql {

struct order_by_kind {};

template <class Item>
constexpr void order_by_takes_sort_items() {
  static_assert(always_false<Item>,
                "ctql: order_by() takes columns or expressions, optionally with .asc() or .desc()");
}
template <class... TablesNotInFrom>
constexpr void order_by_uses_table_not_in_from(type_list<TablesNotInFrom...>) {
  static_assert(always_false<TablesNotInFrom...>,
                "ctql: order_by() uses a column whose table is not in from(); add the table to "
                "from() or join() it");
}
template <class... Columns>
constexpr void order_by_uses_ungrouped_column(type_list<Columns...>) {
  static_assert(always_false<Columns...>,
                "ctql: in a statement with an aggregate or group_by(), order_by() can use a column "
                "only if it is in group_by() or inside an aggregate");
}

template <class T>
concept order_item = expression<T> || std::is_base_of_v<sort_tag, T>;

template <class... Items>
struct order_by_clause : clause_traits<Items...> {
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
  template <class Statement, bool TopLevel>
  static constexpr bool check() {
    using traits = clause_traits<Items...>;
    using missing = tables_not_visible<typename traits::tables, Statement, TopLevel>;
    using ungrouped = std::conditional_t<is_grouped<Statement>,
                                         ungrouped_columns<typename traits::free_columns, Statement>, type_list<>>;
    if constexpr (missing::size != 0) order_by_uses_table_not_in_from(missing{});
    if constexpr (ungrouped::size != 0) order_by_uses_ungrouped_column(column_names_t<ungrouped>{});
    return missing::size == 0 && ungrouped::size == 0;
  }
};

/// `.order_by(users.name.asc(), users.id)`
template <class Statement, class... Items>
constexpr auto add_order_by(const Statement& self, const Items&... order_items) {
  using current = typename Statement::template clause<order_by_kind>;
  if constexpr (!is_absent<current>) {
    clause_given_twice<current>();
    return self;
  } else if constexpr (!(order_item<Items> && ...)) {
    (order_by_takes_sort_items<Items>(), ...);
    return self;
  } else {
    return with_clause<order_by_kind>(self, order_by_clause<Items...>{{}, {{order_items}...}});
  }
}

}  // namespace ctql
