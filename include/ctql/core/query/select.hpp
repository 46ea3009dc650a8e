#pragma once
// select(...).from(...).where(...).group_by(...).having(...).order_by(...).limit(n).offset(n)
#include <cstdint>
#include <type_traits>
#include <utility>

#include "ctql/core/check.hpp"
#include "ctql/core/schema/column_name.hpp"
#include "ctql/core/clause/absent.hpp"
#include "ctql/core/clause/group_by.hpp"
#include "ctql/core/clause/limit.hpp"
#include "ctql/core/clause/order_by.hpp"
#include "ctql/core/clause/select_list.hpp"
#include "ctql/core/clause/where.hpp"
#include "ctql/core/expr/in.hpp"
#include "ctql/core/expr/value.hpp"
#include "ctql/core/query/consistency.hpp"
#include "ctql/core/query/result_row.hpp"
#include "ctql/core/render/context.hpp"
#include "ctql/core/render/dialect.hpp"
#include "ctql/core/render/sql_text.hpp"

namespace ctql {

struct statement_tag {};

template <class T>
concept from_source = requires {
  typename T::provided_tables;
  typename T::nullable_tables;
};

/// The FROM clause: a table, an alias or a chain of joins.
template <class Source>
struct from_clause {
  using provided_tables = typename Source::provided_tables;
  using nullable_tables = typename Source::nullable_tables;
  using tables = typename Source::tables;  // what its ON conditions use
  using params = typename Source::params;
  using unjoined_on_tables = typename Source::unjoined_on_tables;
  static constexpr bool is_dynamic = Source::is_dynamic;
  static constexpr bool uses_full_join = Source::uses_full_join;
  Source source;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text(" FROM ");
    Source::render_source(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    source.visit(f);
  }
};

namespace detail {
// Columns the GROUP BY rule needs: free columns of items that are not themselves grouped.
template <class Items, class Grouped>
struct ungrouped_columns;
template <class... Items, class Grouped>
struct ungrouped_columns<type_list<Items...>, Grouped> {
  using type = meta::difference<
      meta::concat<std::conditional_t<meta::contains<Items, Grouped>, type_list<>,
                                      typename Items::free_columns>...>,
      Grouped>;
};
template <class T>
struct unnamed {
  using type = T;
};
template <class T>
  requires requires { typename T::operand_type; }
struct unnamed<T> {
  using type = typename T::operand_type;
};
template <class Items>
struct unnamed_items_impl;
template <class... Items>
struct unnamed_items_impl<type_list<Items...>> {
  using type = type_list<typename unnamed<Items>::type...>;
};
/// The select items with any .as<"name">() taken off.
template <class Items>
using unnamed_items = typename unnamed_items_impl<Items>::type;

/// Whether an expression renders without placeholders (counted by rendering it as $n).
template <class Expression>
constexpr bool binds_no_values() {
  if constexpr (Expression::is_dynamic) {
    return false;
  } else {
    length_sink sink;
    render_context<postgres, length_sink> ctx{sink};
    Expression::render(ctx);
    return ctx.next_placeholder == 1;
  }
}
}  // namespace detail

/// A SELECT statement. Each clause is a type; `absent` where the statement has none.
template <class List, class From = absent, class Where = absent, class GroupBy = absent,
          class Having = absent, class OrderBy = absent, class Limit = absent, class Offset = absent>
struct select_statement : statement_tag, subquery_tag {
  List list;
  From from_;
  Where where_;
  GroupBy group_by_;
  Having having_;
  OrderBy order_by_;
  Limit limit_;
  Offset offset_;

  using items = typename decltype(List::items)::types;
  using provided_tables = typename From::provided_tables;
  using nullable_tables = typename From::nullable_tables;
  using required_tables =
      meta::concat<typename List::tables, typename From::tables, typename Where::tables,
                   typename GroupBy::tables, typename Having::tables, typename OrderBy::tables>;
  /// Tables used but not provided: an enclosing statement must provide them (correlation).
  using free_tables = meta::difference<required_tables, provided_tables>;
  using params = meta::concat<typename List::params, typename From::params, typename Where::params,
                              typename GroupBy::params, typename Having::params,
                              typename OrderBy::params, typename Limit::params, typename Offset::params>;
  static constexpr bool is_dynamic = List::is_dynamic || From::is_dynamic || Where::is_dynamic ||
                                     GroupBy::is_dynamic || Having::is_dynamic ||
                                     OrderBy::is_dynamic;
  static constexpr bool uses_full_join = From::uses_full_join;
  static constexpr std::size_t column_count = items::size;
  using first_column = typename detail::unnamed<meta::first<items>>::type;
  /// std::tuple of the selected values, optional where NULL is possible.
  using row_type = typename result_row_impl<items, nullable_tables>::type;

  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    List::render(ctx);
    From::render(ctx);
    Where::render(ctx);
    GroupBy::render(ctx);
    Having::render(ctx);
    OrderBy::render(ctx);
    render_limit_offset<Limit, Offset>(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    list.visit(f);
    from_.visit(f);
    where_.visit(f);
    group_by_.visit(f);
    having_.visit(f);
    order_by_.visit(f);
    limit_.visit(f);
    offset_.visit(f);
  }

  /// The whole-statement rules; TopLevel: no enclosing statement may provide a table.
  template <bool TopLevel>
  static constexpr bool check() {
    using provided = provided_tables;
    using outer = std::conditional_t<TopLevel, type_list<>, free_tables>;
    using visible = meta::concat<provided, outer>;
    bool ok = check_tables<clause_name::on, typename From::tables, provided>() &&
              check_tables<clause_name::select, typename List::tables, visible>() &&
              check_tables<clause_name::where, typename Where::tables, visible>() &&
              check_tables<clause_name::group_by, typename GroupBy::tables, visible>() &&
              check_tables<clause_name::having, typename Having::tables, visible>() &&
              check_tables<clause_name::order_by, typename OrderBy::tables, visible>();
    using unjoined = typename From::unjoined_on_tables;
    using joined_too_late = meta::unique<meta::difference<unjoined, meta::difference<unjoined, provided>>>;
    if constexpr (joined_too_late::size != 0) {
      on_uses_table_not_joined(joined_too_late{});
      ok = false;
    }
    if constexpr (List::has_aggregate || !is_absent<GroupBy> || !is_absent<Having>) {
      using grouped = typename GroupBy::items;
      using ungrouped =
          meta::unique<typename detail::ungrouped_columns<detail::unnamed_items<items>, grouped>::type>;
      if constexpr (ungrouped::size != 0) {
        column_neither_grouped_nor_aggregated(column_names_t<ungrouped>{});
        ok = false;
      }
      using having_ungrouped = meta::unique<meta::difference<typename Having::free_columns, grouped>>;
      if constexpr (having_ungrouped::size != 0) {
        having_uses_ungrouped_column(column_names_t<having_ungrouped>{});
        ok = false;
      }
      using order_ungrouped = meta::unique<meta::difference<typename OrderBy::free_columns, grouped>>;
      if constexpr (order_ungrouped::size != 0) {
        order_by_uses_ungrouped_column(column_names_t<order_ungrouped>{});
        ok = false;
      }
    }
    return ok;
  }

  /// `.from(users)`, `.from(users.join(posts).on(...))`
  template <class Source>
  constexpr auto from(const Source& source) const {
    if constexpr (!is_absent<From>) {
      clause_given_twice<From>();
      return *this;
    } else if constexpr (!from_source<Source>) {
      from_needs_table<Source>();
      return *this;
    } else {
      return with(from_clause<Source>{source}, where_, group_by_, having_, order_by_, limit_, offset_);
    }
  }
  /// `.where(users.age >= 18)`
  template <class Condition>
  constexpr auto where(const Condition& condition) const {
    if constexpr (!is_absent<Where>) {
      clause_given_twice<Where>();
      return *this;
    } else if constexpr (!boolean_expression<Condition>) {
      where_needs_boolean<Condition>();
      return *this;
    } else if constexpr (Condition::has_aggregate) {
      where_uses_aggregate<Condition>();
      return *this;
    } else {
      return with(from_, where_clause<Condition>{{}, condition}, group_by_, having_, order_by_, limit_, offset_);
    }
  }
  /// `.group_by(users.name)`
  template <class... Expressions>
  constexpr auto group_by(const Expressions&... expressions) const {
    if constexpr (!is_absent<GroupBy>) {
      clause_given_twice<GroupBy>();
      return *this;
    } else if constexpr (!(expression<Expressions> && ...)) {
      (group_by_takes_expressions<Expressions>(), ...);
      return *this;
    } else if constexpr ((Expressions::has_aggregate || ...)) {
      (
          [] {
            if constexpr (Expressions::has_aggregate) group_by_uses_aggregate<Expressions>();
          }(),
          ...);
      return *this;
    } else if constexpr (!(detail::binds_no_values<Expressions>() && ...)) {
      (
          [] {
            if constexpr (!detail::binds_no_values<Expressions>()) group_by_expression_binds_values<Expressions>();
          }(),
          ...);
      return *this;
    } else {
      return with(from_, where_, group_by_clause<Expressions...>{{}, {{expressions}...}}, having_, order_by_, limit_, offset_);
    }
  }
  /// `.having(count(posts.id) > 2)`
  template <class Condition>
  constexpr auto having(const Condition& condition) const {
    if constexpr (!is_absent<Having>) {
      clause_given_twice<Having>();
      return *this;
    } else if constexpr (!boolean_expression<Condition>) {
      having_needs_boolean<Condition>();
      return *this;
    } else {
      return with(from_, where_, group_by_, having_clause<Condition>{{}, condition}, order_by_, limit_, offset_);
    }
  }
  /// `.order_by(users.name.asc(), users.id)`
  template <class... Items>
  constexpr auto order_by(const Items&... order_items) const {
    if constexpr (!is_absent<OrderBy>) {
      clause_given_twice<OrderBy>();
      return *this;
    } else if constexpr (!(order_item<Items> && ...)) {
      (order_by_takes_sort_items<Items>(), ...);
      return *this;
    } else {
      return with(from_, where_, group_by_, having_, order_by_clause<Items...>{{}, {{order_items}...}}, limit_, offset_);
    }
  }
  /// `.limit(10)`: LIMIT ?
  template <class Count>
  constexpr auto limit(const Count& count) const {
    if constexpr (!is_absent<Limit>) {
      clause_given_twice<Limit>();
      return *this;
    } else {
      auto node = count_node(count);
      return with(from_, where_, group_by_, having_, order_by_, limit_clause<decltype(node)>{{}, node}, offset_);
    }
  }
  /// `.offset(20)`: OFFSET ?
  template <class Count>
  constexpr auto offset(const Count& count) const {
    if constexpr (!is_absent<Offset>) {
      clause_given_twice<Offset>();
      return *this;
    } else {
      auto node = count_node(count);
      return with(from_, where_, group_by_, having_, order_by_, limit_, offset_clause<decltype(node)>{{}, node});
    }
  }

 private:
  template <class Count>
  static constexpr auto count_node(const Count& count) {
    if constexpr (is_untyped_parameter<Count>) {
      return typed_as<std::int64_t>(count);
    } else if constexpr (category_of<operand_value_t<Count>>() != category::integral) {
      limit_needs_integer<Count>();
      return invalid_expression{};
    } else {
      return as_node(count);
    }
  }
  template <class F, class W, class G, class H, class O, class L, class Off>
  constexpr select_statement<List, F, W, G, H, O, L, Off> with(const F& f, const W& w, const G& g,
                                                               const H& h, const O& o, const L& l,
                                                               const Off& off) const {
    return {{}, {}, list, f, w, g, h, o, l, off};
  }
};

/// `select(users.id, users.name)`, `select(all_of(users))`, `select(count())`
template <class... Items>
constexpr auto select(const Items&... items) {
  static_assert(sizeof...(Items) > 0, "ctql: select() needs at least one column or expression");
  auto list = (detail::select_items(items) + ...);
  return select_statement<decltype(make_select_list<false>(list))>{
      {}, {}, make_select_list<false>(list), {}, {}, {}, {}, {}, {}, {}};
}
/// `select_distinct(users.name)`: SELECT DISTINCT
template <class... Items>
constexpr auto select_distinct(const Items&... items) {
  static_assert(sizeof...(Items) > 0, "ctql: select_distinct() needs at least one column or expression");
  auto list = (detail::select_items(items) + ...);
  return select_statement<decltype(make_select_list<true>(list))>{
      {}, {}, make_select_list<true>(list), {}, {}, {}, {}, {}, {}, {}};
}

}  // namespace ctql
