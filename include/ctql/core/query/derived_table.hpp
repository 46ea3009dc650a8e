#pragma once
// `select(...).as<"top">()`: a select with a name. In from() and join() it is a derived table,
// `(SELECT ...) AS "top"`, whose columns are reached as `top[item]`, item being a column or a named
// expression of its select list. In a select list, if it selects one column, it is a named scalar
// subquery: `select(users.name, select(count(posts.id)).from(posts).where(...).as<"posts">())`.
// Both render the same text.
#include <cstddef>
#include <string_view>
#include <tuple>
#include <type_traits>

#include "ctql/core/check.hpp"
#include "ctql/core/clause/join.hpp"
#include "ctql/core/expr/expression_ops.hpp"
#include "ctql/core/expr/named.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/expr/scalar_subquery.hpp"
#include "ctql/core/meta/distinct_names.hpp"
#include "ctql/core/meta/fixed_string.hpp"
#include "ctql/core/meta/type_list.hpp"

namespace ctql {

template <class Derived, class Item>
constexpr void derived_table_does_not_select() {
  static_assert(always_false<Derived, Item>,
                "ctql: this derived table or CTE does not select that item; reach only what its select list "
                "has: a column, or an expression named with .as<name>()");
}
template <class Derived, class Item>
constexpr void derived_table_item_has_no_name() {
  static_assert(always_false<Derived, Item>,
                "ctql: this item of a derived table or CTE has no name to reach it by; name it in its select "
                "with .as<name>()");
}
template <class Derived>
constexpr void derived_table_repeats_a_name() {
  static_assert(always_false<Derived>,
                "ctql: a derived table or CTE selects two columns with the same name; name one of them "
                "with .as<name>()");
}

namespace detail {
/// The name a select item has in the subquery's result: a column's own, or the one .as<>() gave.
template <class Item>
constexpr std::string_view output_name() {
  if constexpr (requires { Item::alias; }) return Item::alias;
  else if constexpr (requires { Item::sql_name; }) return Item::sql_name;
  else return {};
}
template <class... Items>
constexpr bool output_names_distinct(type_list<Items...>) {
  constexpr std::string_view names[] = {output_name<Items>()..., {}};
  return no_name_twice(names, sizeof...(Items), true);  // an unnamed item has its own rule
}
/// Not a select item: a subquery of several columns has no single value.
struct several_columns {};
}  // namespace detail

template <class Derived, class Item>
struct derived_column;

namespace detail {
/// Whether the select item Candidate is Item, or a derived table's or CTE's column of it.
template <class Item, class Candidate>
inline constexpr bool reaches = std::is_same_v<Item, Candidate>;
template <class Item, class Source, class Inner>
inline constexpr bool reaches<Item, derived_column<Source, Inner>> =
    std::is_same_v<Item, derived_column<Source, Inner>> || reaches<Item, Inner>;

/// The first of Items that Item reaches, or void.
template <class Item, class Items>
struct reached_item {
  using type = void;
};
template <class Item, class First, class... Rest>
struct reached_item<Item, type_list<First, Rest...>> {
  using type = std::conditional_t<reaches<Item, First>, First, typename reached_item<Item, type_list<Rest...>>::type>;
};
template <class Item, class Items>
using reached_item_t = typename reached_item<Item, Items>::type;
}  // namespace detail

namespace detail {
template <class Derived, class Items>
struct derived_columns;
template <class Derived, class... Items>
struct derived_columns<Derived, type_list<Items...>> {
  using type = type_list<derived_column<Derived, Items>...>;
};
/// Whether every item of a derived table or CTE has a name, each its own (all_of needs them);
/// reports which rule fails.
template <class Derived, class... Items>
constexpr bool every_item_reachable(type_list<Items...>) {
  if constexpr (((output_name<Items>().empty()) || ...)) {
    derived_table_item_has_no_name<Derived, type_list<Items...>>();
    return false;
  } else if constexpr (!output_names_distinct(type_list<Items...>{})) {
    derived_table_repeats_a_name<Derived>();
    return false;
  } else {
    return true;
  }
}
}  // namespace detail

/// `top[item]`: `"top"."item"`, typed as the subquery gives it.
template <class Derived, class Item>
struct derived_column : expression_tag, expression_ops<derived_column<Derived, Item>>, leaf_traits {
  using source = Derived;
  using value_type =
      std::tuple_element_t<meta::index_of<Item, typename Derived::query::items>, typename Derived::query::row_type>;
  static constexpr std::string_view sql_name = detail::output_name<Item>();
  using tables = type_list<Derived>;
  using free_columns = type_list<derived_column>;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.identifier(Derived::sql_name);
    ctx.text(".");
    ctx.identifier(sql_name);
  }
};

/// `name[item]` for a source whose columns are a select list's items: a derived table, a CTE.
/// Derived has `query` (with `items` and `row_type`).
template <class Derived>
struct reachable_columns {
  /// `top[posts.user_id]`, `top[n]` for `n = count(posts.id).as<"n">()` in the subquery.
  /// all_of(top): every column, in order.
  static constexpr bool all_columns_reachable() {
    return detail::every_item_reachable<Derived>(typename Derived::query::items{});
  }

  /// A CTE that selects another's column is reached by the column too: `busy[users.id]` for
  /// `busy` selecting `active[users.id]`.
  template <class Item>
  constexpr auto operator[](const Item&) const {
    using query = typename Derived::query;
    using reached = detail::reached_item_t<Item, typename query::items>;
    if constexpr (std::is_void_v<reached>) {
      derived_table_does_not_select<Derived, Item>();
      return invalid_expression{};
    } else if constexpr (detail::output_name<reached>().empty()) {
      derived_table_item_has_no_name<Derived, Item>();
      return invalid_expression{};
    } else if constexpr (!detail::output_names_distinct(typename query::items{})) {
      derived_table_repeats_a_name<Derived>();
      return invalid_expression{};
    } else {
      return derived_column<Derived, reached>{};
    }
  }
};

template <class Query, fixed_string Name>
struct subquery_alias : std::conditional_t<Query::column_count == 1, named_tag, detail::several_columns>,
                        reachable_columns<subquery_alias<Query, Name>>,
                        source_ops<subquery_alias<Query, Name>> {
  using query = Query;
  using all_columns = typename detail::derived_columns<subquery_alias, typename Query::items>::type;
  static constexpr std::string_view sql_name = Name.view();
  static constexpr std::string_view alias = sql_name;
  static constexpr bool is_correlated = Query::free_tables::size != 0;

  // As a source in from() or join():
  using provided_tables = type_list<subquery_alias>;
  using nullable_tables = type_list<>;
  using unjoined_on_tables = type_list<>;
  static constexpr bool uses_full_join = false;
  // As a named scalar subquery in a select list (one column):
  using operand_type = scalar_subquery_node<Query>;
  using value_type = typename operand_type::value_type;
  using free_columns = type_list<>;
  static constexpr bool has_aggregate = false;
  static constexpr bool has_window = false;  // its window functions are its subquery's
  static constexpr bool never_null = false;
  static constexpr bool is_leaf = true;
  // Both:
  using tables = typename Query::free_tables;  // a scalar subquery's correlation; none for a derived table
  using params = typename Query::params;
  static constexpr bool is_dynamic = Query::is_dynamic;
  static constexpr bool binds_values = Query::binds_values;

  Query query_;

  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text("(");
    Query::render(ctx);
    ctx.text(") AS ");
    ctx.identifier(sql_name);
  }
  template <class Ctx>
  static constexpr void render_source(Ctx& ctx) {
    render(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(query_, f);
  }
};

}  // namespace ctql
