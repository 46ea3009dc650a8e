#pragma once
// The columns and expressions after SELECT; all_of(t) stands for every column of t.
#include <cstddef>
#include <type_traits>
#include <utility>

#include "ctql/core/check.hpp"
#include "ctql/core/clause/absent.hpp"
#include "ctql/core/clause/grouping.hpp"
#include "ctql/core/expr/named.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/meta/node_list.hpp"
#include "ctql/core/query/statement.hpp"
#include "ctql/core/query/variants.hpp"
#include "ctql/core/schema/column_name.hpp"
#include "ctql/core/schema/table.hpp"
#include "ctql/core/schema/table_alias.hpp"

namespace ctql {

struct select_list_kind {};

template <class Item>
constexpr void select_takes_expressions() {
  static_assert(always_false<Item>,
                "ctql: select() takes columns, expressions, all_of(table), all_of(alias) or expr.as<name>()");
}
template <class... TablesNotInFrom>
constexpr void select_uses_table_not_in_from(type_list<TablesNotInFrom...>) {
  static_assert(always_false<TablesNotInFrom...>,
                "ctql: select() uses a column whose table is not in from(); add the table to "
                "from() or join() it");
}
template <class... Columns>
constexpr void column_neither_grouped_nor_aggregated(type_list<Columns...>) {
  static_assert(always_false<Columns...>,
                "ctql: a statement with an aggregate or group_by() can select a column only if "
                "it is in group_by() or inside an aggregate; add the column to group_by()");
}

namespace detail {
template <class T>
struct unnamed {
  using type = T;
};
template <class T>
  requires requires { typename T::operand_type; }
struct unnamed<T> {
  using type = typename T::operand_type;
};
/// The free columns of the select items that are not themselves grouped expressions.
template <class Grouped, class... Items>
using columns_outside_grouped_items =
    meta::concat<std::conditional_t<meta::contains<typename unnamed<Items>::type, Grouped>, type_list<>,
                                    typename unnamed<Items>::type::free_columns>...>;
}  // namespace detail

template <class T>
struct all_columns {
  using table = T;
};

template <class T>
inline constexpr bool is_all_columns = false;
template <class T>
inline constexpr bool is_all_columns<all_columns<T>> = true;

/// `select(all_of(users))`: every column of the table, in declaration order.
template <table_type T>
constexpr all_columns<T> all_of(const T&) {
  return {};
}
/// `select(all_of(boss))` for an alias, `all_of(top)` for a derived table or CTE: every column it
/// has (`all_columns`), in order. A derived table's columns must all have distinct names
/// (`all_columns_reachable()` reports it).
template <class T>
  requires(!table_type<T> && (requires { typename T::all_columns; } || requires { typename T::table; }))
constexpr all_columns<T> all_of(const T&) {
  return {};
}

template <class T>
concept select_item = expression<T> || std::is_base_of_v<named_tag, T> || std::is_base_of_v<one_of_tag, T>;

template <bool Distinct, class... Items>
struct select_list : clause_traits<Items...> {
  static constexpr bool takes_variants = true;
  node_list<Items...> items;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text(Distinct ? "SELECT DISTINCT " : "SELECT ");
    node_list<Items...>::for_each_type([&]<std::size_t I, class Item>() {
      if constexpr (I > 0) ctx.text(", ");
      Item::render(ctx);
    });
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_parts(items, f);
  }
  /// Its columns' tables are in FROM; in a grouped statement each column is grouped or aggregated.
  template <class Statement, bool TopLevel>
  static constexpr bool check() {
    using missing = tables_not_visible<typename clause_traits<Items...>::tables, Statement, TopLevel>;
    using ungrouped =
        std::conditional_t<is_grouped<Statement>,
                           meta::unique<meta::difference<
                               detail::columns_outside_grouped_items<grouped_items<Statement>, Items...>,
                               grouped_items<Statement>>>,
                           type_list<>>;
    if constexpr (missing::size != 0) select_uses_table_not_in_from(missing{});
    if constexpr (ungrouped::size != 0) column_neither_grouped_nor_aggregated(column_names_t<ungrouped>{});
    constexpr bool variants_ok = (check_select_variant_item<Items>() && ...);
    return missing::size == 0 && ungrouped::size == 0 && variants_ok;
  }
};

namespace detail {
template <class... Columns>
constexpr node_list<Columns...> columns_list(type_list<Columns...>) {
  return {{Columns{}}...};
}
/// The columns of the table Alias names, as Alias's.
template <class Alias, class Columns>
struct aliased_columns;
template <class Alias, class... Columns>
struct aliased_columns<Alias, type_list<Columns...>> {
  using type = type_list<aliased_column<Alias, Columns>...>;
};

// One select() argument as the list of items it stands for.
template <class Arg>
constexpr auto select_items(const Arg& arg) {
  if constexpr (is_all_columns<Arg>) {
    using source = typename Arg::table;
    if constexpr (table_type<source>) return columns_list(columns_of<source>{});
    else if constexpr (requires { typename source::table; })
      return columns_list(typename aliased_columns<source, columns_of<typename source::table>>::type{});
    else if constexpr (!source::all_columns_reachable()) return node_list<>{};
    else return columns_list(typename source::all_columns{});
  } else if constexpr (select_item<Arg>) {
    return node_list<Arg>{{arg}};
  } else {
    select_takes_expressions<Arg>();
    return node_list<>{};
  }
}
}  // namespace detail

template <bool Distinct, class Indices, class... Items>
constexpr select_list<Distinct, Items...> make_select_list(const node_list_impl<Indices, Items...>& items) {
  return {{}, items};
}

}  // namespace ctql
