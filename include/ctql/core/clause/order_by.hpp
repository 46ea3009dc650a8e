#pragma once
// ORDER BY item, ... (an expression, or expr.asc() / expr.desc(), optionally .nulls_first() or
// .nulls_last(); or a named select item n, n.asc(), n.desc(), written as its name).
#include <cstddef>
#include <type_traits>

#include "ctql/core/check.hpp"
#include "ctql/core/clause/absent.hpp"
#include "ctql/core/clause/grouping.hpp"
#include "ctql/core/clause/select_list.hpp"
#include "ctql/core/expr/named.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/expr/sort_order.hpp"
#include "ctql/core/meta/node_list.hpp"
#include "ctql/core/query/statement.hpp"
#include "ctql/core/query/variants.hpp"
#include "ctql/core/schema/column_name.hpp"

namespace ctql {

struct order_by_kind {};

template <class Item>
constexpr void order_by_takes_sort_items() {
  static_assert(always_false<Item>,
                "ctql: order_by() takes columns, expressions or named select items (expr.as<name>()), optionally with "
                ".asc() or .desc()");
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

template <class... Named>
constexpr void order_by_names_item_not_selected(type_list<Named...>) {
  static_assert(always_false<Named...>,
                "ctql: order_by() names a select item (expr.as<name>()) that is not in select(); ORDER BY writes "
                "only its name, so select that same item, or order by its expression");
}

template <class T>
concept order_item = expression<T> || std::is_base_of_v<sort_tag, T> || std::is_base_of_v<named_tag, T> ||
                     std::is_base_of_v<one_of_tag, T>;

namespace detail {
/// An order_by() argument as the item it is: a named select item n is `n`'s name, ascending
/// as SQL's default is (written without ASC, as a bare expression is).
template <class Item>
constexpr auto order_node(const Item& item) {
  if constexpr (std::is_base_of_v<named_tag, Item>)
    return name_reference<Item>{};
  else
    return item;
}
/// The key of an order_by() item: the expression it sorts by.
template <class Item>
struct sort_key {
  using type = Item;
};
template <class Item>
  requires std::is_base_of_v<sort_tag, Item>
struct sort_key<Item> {
  using type = typename Item::key_type;
};
/// The named select items an order_by() item refers to by name.
template <class Item, class Key = typename sort_key<Item>::type>
using named_in_key = std::conditional_t<is_name_reference<Key>, type_list<Key>, type_list<>>;
template <class Reference>
struct named_of;
template <class... References>
struct named_of<type_list<References...>> {
  using type = type_list<typename References::named_type...>;
};
/// The items of a statement's select list (none without one).
template <class SelectList>
struct selected_items {
  using type = type_list<>;
};
template <bool Distinct, class... Items>
struct selected_items<select_list<Distinct, Items...>> {
  using type = type_list<Items...>;
};
}  // namespace detail

template <class... Items>
struct order_by_clause : clause_traits<Items...> {
  static constexpr bool takes_variants = true;
  node_list<Items...> items;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    if constexpr ((flags_of<Items>::size + ... + 0) == 0) {
      ctx.text(" ORDER BY ");
      node_list<Items...>::for_each_type([&]<std::size_t I, class Item>() {
        if constexpr (I > 0) ctx.text(", ");
        Item::render(ctx);
      });
    } else {
      // An item under dynamic(flag, ...) is left out without its flag (clause/dynamic_join.hpp);
      // with every item left out there is no ORDER BY.
      if (!(ctql::present_at<Items>(ctx, ctx.choice_mult) || ...)) return ctx.skip_choices(variant_count_of<Items...>);
      bool first = true;
      node_list<Items...>::for_each_type([&]<std::size_t I, class Item>() {
        if (!ctql::present_at<Item>(ctx, ctx.choice_mult)) return ctx.skip_choices(variants_of<Item>);
        ctx.text(first ? " ORDER BY " : ", ");
        first = false;
        Item::render(ctx);
      });
    }
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_parts(items, f);
  }
  template <class Statement, bool TopLevel>
  static constexpr bool check() {
    using traits = clause_traits<Items...>;
    using missing = tables_not_visible<typename traits::tables, Statement, TopLevel>;
    using ungrouped = std::conditional_t<is_grouped<Statement>,
                                         ungrouped_columns<typename traits::free_columns, Statement>, type_list<>>;
    using named = typename detail::named_of<meta::concat<detail::named_in_key<Items>...>>::type;
    using not_selected = meta::unique<meta::difference<
        named, typename detail::selected_items<typename Statement::template clause<select_list_kind>>::type>>;
    if constexpr (missing::size != 0) order_by_uses_table_not_in_from(missing{});
    if constexpr (ungrouped::size != 0) order_by_uses_ungrouped_column(column_names_t<ungrouped>{});
    if constexpr (not_selected::size != 0) order_by_names_item_not_selected(not_selected{});
    constexpr bool variants_ok = (check_order_variant_item<Items>() && ...);
    return missing::size == 0 && ungrouped::size == 0 && not_selected::size == 0 && variants_ok;
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
    return with_clause<order_by_kind>(
        self, order_by_clause<decltype(detail::order_node(order_items))...>{{}, {{detail::order_node(order_items)}...}});
  }
}

}  // namespace ctql
