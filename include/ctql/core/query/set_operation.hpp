#pragma once
// a.union_all(b), a.union_distinct(b), a.intersect(b), a.except(b), chained left to right
// (a.union_all(b).intersect(c) is (a UNION ALL b) INTERSECT c on every dialect), with
// order_by(), limit() and offset() on the whole result.
//
// A set operation is a statement of its own verb: its first clause holds the two arms, then the
// order_by and limit clauses (limit.hpp's, reused as is; ORDER BY has its own clause here, since
// after a set operation it can name only result columns).
//
// How each dialect groups the arms:
// - PostgreSQL and MySQL/MariaDB take a parenthesized arm, and INTERSECT binds tighter than
//   UNION and EXCEPT there: a left arm that is a UNION/EXCEPT under an INTERSECT is put in
//   parentheses, so the chain means what it says left to right.
// - SQLite takes no parentheses around an arm and evaluates a chain left to right: there an arm
//   that needs grouping is written as a subquery, `SELECT * FROM (...)`.
// An arm needs grouping when it has its own ORDER BY or LIMIT/OFFSET (both dialect families
// would otherwise read them as the whole result's), or it is itself a set operation on the right.
#include <cstddef>
#include <string_view>
#include <tuple>
#include <type_traits>

#include "ctql/core/check.hpp"
#include "ctql/core/clause/absent.hpp"
#include "ctql/core/clause/limit.hpp"
#include "ctql/core/clause/order_by.hpp"
#include "ctql/core/expr/in.hpp"
#include "ctql/core/expr/named.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/expr/sort_order.hpp"
#include "ctql/core/meta/node_list.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/query/statement.hpp"
#include "ctql/core/clause/with.hpp"
#include "ctql/core/render/dialect.hpp"
#include "ctql/core/schema/value_types.hpp"

namespace ctql {

enum class set_operator { union_all, union_distinct, intersect, except };

/// Which result column a message is about: column_number<1> is the first.
template <std::size_t N>
struct column_number {};

template <class Left, class Right>
constexpr void set_operation_needs_same_column_count() {
  static_assert(always_false<Left, Right>,
                "ctql: union_all(), union_distinct(), intersect() and except() need both selects to have the same "
                "number of columns; select as many columns in each");
}
template <class Column, class Left, class Right>
constexpr void set_operation_column_types_differ() {
  static_assert(always_false<Column, Left, Right>,
                "ctql: the two selects of a union_all(), union_distinct(), intersect() or except() give a "
                "column (column_number<N> below) values of incompatible types (e.g. a number and a string); "
                "select comparable types in the same position");
}
template <class Arm>
constexpr void set_operation_takes_selects() {
  static_assert(always_false<Arm>,
                "ctql: union_all(), union_distinct(), intersect() and except() take a select(...) statement or "
                "another set operation");
}
template <class Item>
constexpr void set_order_by_uses_no_result_column() {
  static_assert(always_false<Item>,
                "ctql: order_by() after a set operation orders its result, so it can only use the first "
                "select's columns, expressions or named items (each as it is in that select list)");
}
template <class Dialect, class Item>
constexpr void set_order_by_emulated_nulls_needs_name() {
  static_assert(always_false<Dialect, Item>,
                "ctql: MySQL has no NULLS FIRST/LAST, and after a set operation its x IS NULL key needs the "
                "result column's name; name the item with .as<name>() in the first select (or select a "
                "column whose name no other result column has) and order by that");
}

struct set_arms_kind {};

namespace detail {
template <set_operator Op>
inline constexpr std::string_view set_keyword = Op == set_operator::union_all        ? " UNION ALL "
                                                 : Op == set_operator::union_distinct ? " UNION "
                                                 : Op == set_operator::intersect      ? " INTERSECT "
                                                                                      : " EXCEPT ";
/// Whether Statement is a set operation (else a select).
template <class Statement>
inline constexpr bool is_set_statement = requires { requires Statement::verb::is_set_operation; };
/// Whether Statement has its own ORDER BY or LIMIT/OFFSET.
template <class Statement>
inline constexpr bool orders_or_limits = !is_absent<typename Statement::template clause<order_by_kind>> ||
                                         !is_absent<typename Statement::template clause<limit_kind>>;
}  // namespace detail

/// The arms of a set operation: Left Op Right.
template <set_operator Op, class Left, class Right>
struct set_arms : clause_defaults {
  static constexpr set_operator op = Op;
  using left_type = Left;
  using right_type = Right;
  // The arms' tables stay theirs: a set operation is not a correlated subquery.
  using tables = type_list<>;
  using free_columns = type_list<>;
  using params = meta::concat<typename Left::params, typename Right::params>;
  static constexpr bool has_aggregate = false;
  static constexpr bool is_dynamic = Left::is_dynamic || Right::is_dynamic;
  static constexpr bool is_leaf = false;
  static constexpr bool never_null = false;
  static constexpr bool binds_values = Left::binds_values || Right::binds_values;
  static constexpr bool uses_full_join = Left::uses_full_join || Right::uses_full_join;
  /// The arms' CTEs: the set operation writes one WITH in front of the whole (an arm's own WITH would
  /// stand in the middle, where no dialect takes it), and each arm is written without its own.
  using ctes = meta::concat<ctes_of<Left>, ctes_of<Right>>;
  Left left;
  Right right;

  template <class C>
  constexpr const C* find_cte() const {
    if (const C* found = left.template find_cte<C>()) return found;
    return right.template find_cte<C>();
  }

  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    using D = typename Ctx::dialect;
    render_arm<Ctx, Left, left_needs_grouping<D>>(ctx);
    ctx.text(detail::set_keyword<Op>);
    render_arm<Ctx, Right, detail::orders_or_limits<Right> || detail::is_set_statement<Right>>(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    left.visit_body(f);
    right.visit_body(f);
  }
  template <class Statement, bool TopLevel>
  static constexpr bool check() {
    if constexpr (!fixed_shape<Left> || !fixed_shape<Right>) {
      subquery_holds_variants<std::conditional_t<!fixed_shape<Left>, Left, Right>>();
      return false;
    } else {
      bool ok = Left::template check<TopLevel>();
      ok = Right::template check<TopLevel>() && ok;  // both arms' failures reported
      return ok;
    }
  }

 private:
  /// A left arm is grouped if it orders or limits, or where INTERSECT binds tighter, if it is a
  /// UNION or EXCEPT under an INTERSECT (so the chain reads left to right).
  template <class D>
  static constexpr bool left_needs_grouping = [] {
    if constexpr (detail::orders_or_limits<Left>) {
      return true;
    } else if constexpr (detail::is_set_statement<Left>) {
      using inner = typename Left::template clause<set_arms_kind>;
      return D::intersect_binds_tighter && Op == set_operator::intersect && inner::op != set_operator::intersect;
    } else {
      return false;
    }
  }();
  template <class Ctx, class Arm, bool Grouped>
  static constexpr void render_arm(Ctx& ctx) {
    if constexpr (!Grouped) {
      Arm::render_body(ctx);
    } else {
      ctx.text(Ctx::dialect::parenthesized_set_arms ? "(" : "SELECT * FROM (");
      Arm::render_body(ctx);
      ctx.text(")");
    }
  }
};

namespace detail {
/// The name a result column has: a named item's, a column's, or none (an unnamed expression).
template <class Item>
constexpr std::string_view result_name() {
  if constexpr (std::is_base_of_v<named_tag, Item>)
    return Item::alias;
  else if constexpr (requires { Item::sql_name; typename Item::source; })
    return Item::sql_name;
  else
    return {};
}
/// The position (0-based) of the first arm's item that order_by() item key Key stands for:
/// the item itself, a named item of that expression, or the named item a name refers to.
template <class Key>
struct looked_up {
  using type = Key;
};
template <class Named>
struct looked_up<name_reference<Named>> {
  using type = Named;
};
template <class Key, class... Selected>
constexpr std::size_t result_position() {
  using target = typename looked_up<Key>::type;
  constexpr bool hits[] = {(std::is_same_v<target, Selected> ||
                            (!is_name_reference<Key> && std::is_same_v<target, typename unnamed<Selected>::type>))...,
                           false};
  std::size_t i = 0;
  while (i < sizeof...(Selected) && !hits[i]) ++i;
  return i;
}
}  // namespace detail

/// ORDER BY after a set operation: each item's key is a result column, written as its name if it
/// is named, else as its position (1-based), which every dialect takes after UNION and the like.
template <class Selected, class... Items>
struct set_order_by_clause;
template <class... Selected, class... Items>
struct set_order_by_clause<type_list<Selected...>, Items...> : clause_defaults, leaf_traits {
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text(" ORDER BY ");
    node_list<Items...>::for_each_type([&]<std::size_t I, class Item>() {
      if constexpr (I > 0) ctx.text(", ");
      render_item<Item>(ctx);
    });
  }
  // Its items are result columns: they bind nothing (their values are bound in the select lists).

 private:
  template <class Item, class Ctx>
  static constexpr void render_item(Ctx& ctx) {
    using key = typename detail::sort_key<Item>::type;
    constexpr std::size_t at = detail::result_position<key, Selected...>();
    using selected = node_type<at, node_list<Selected...>>;
    constexpr std::string_view name = detail::result_name<selected>();
    constexpr bool named = std::is_base_of_v<named_tag, selected>;
    // A column's name says which result column it is only if no other result column has it.
    constexpr bool name_is_unique = !name.empty() && ((detail::result_name<Selected>() == name) + ...) == 1;
    auto write_key = [](Ctx& c) {
      if constexpr (named)
        c.identifier(detail::result_name<selected>());
      else
        c.number(at + 1);
    };
    if constexpr (!std::is_base_of_v<sort_tag, Item>) {
      write_key(ctx);
    } else if constexpr (Item::template emulates_nulls<typename Ctx::dialect> && !name_is_unique) {
      set_order_by_emulated_nulls_needs_name<typename Ctx::dialect, Item>();
    } else {
      Item::render_with(ctx, write_key, [](Ctx& c) { c.identifier(detail::result_name<selected>()); });
    }
  }
};

template <class Item, class Selected>
struct set_order_item_found;
template <class Item, class... Selected>
struct set_order_item_found<Item, type_list<Selected...>> {
  static constexpr bool value =
      detail::result_position<typename detail::sort_key<decltype(detail::order_node(std::declval<const Item&>()))>::type,
                              Selected...>() < sizeof...(Selected);
};

/// `.order_by(users.name.asc())` on a set operation.
template <class Statement, class... Items>
constexpr auto add_set_order_by(const Statement& self, const Items&... order_items) {
  using current = typename Statement::template clause<order_by_kind>;
  if constexpr (!is_absent<current>) {
    clause_given_twice<current>();
    return self;
  } else if constexpr (!(order_item<Items> && ...)) {
    (order_by_takes_sort_items<Items>(), ...);
    return self;
  } else if constexpr (!(set_order_item_found<Items, typename Statement::items>::value && ...)) {
    ((set_order_item_found<Items, typename Statement::items>::value ? void() : set_order_by_uses_no_result_column<Items>()), ...);
    return self;
  } else {
    return with_clause<order_by_kind>(
        self, set_order_by_clause<typename Statement::items, decltype(detail::order_node(order_items))...>{});
  }
}

template <set_operator Op, class Left, class Right>
constexpr auto make_set_operation(const Left& left, const Right& right);

/// The verb of a set operation: its arms, then ORDER BY and LIMIT/OFFSET on the whole.
struct set_verb {
  static constexpr bool is_set_operation = true;
  using slots = type_list<set_arms_kind, order_by_kind, limit_kind>;
  using provided_tables = type_list<>;
  template <class Ctx>
  static constexpr void render_head(Ctx&) {}
  template <class Statement, bool TopLevel>
  static constexpr bool check() {
    return true;
  }

  template <class Statement, class Arms, class... Clauses>
  struct part {
    /// `.order_by(users.name.asc())`: the first select's columns, expressions or named items
    template <class... Items>
    constexpr auto order_by(const Items&... items) const {
      return add_set_order_by(static_cast<const Statement&>(*this), items...);
    }
    /// `.limit(10)`: LIMIT ? on the whole result
    template <class Count>
    constexpr auto limit(const Count& count) const {
      return add_limit(static_cast<const Statement&>(*this), count);
    }
    /// `.offset(20)`: OFFSET ? on the whole result
    template <class Count>
    constexpr auto offset(const Count& count) const {
      return add_offset(static_cast<const Statement&>(*this), count);
    }
    /// `.union_all(c)`: (this) UNION ALL c
    template <class Other>
    constexpr auto union_all(const Other& other) const {
      return make_set_operation<set_operator::union_all>(static_cast<const Statement&>(*this), other);
    }
    /// `.union_distinct(c)`: (this) UNION c
    template <class Other>
    constexpr auto union_distinct(const Other& other) const {
      return make_set_operation<set_operator::union_distinct>(static_cast<const Statement&>(*this), other);
    }
    /// `.intersect(c)`: (this) INTERSECT c
    template <class Other>
    constexpr auto intersect(const Other& other) const {
      return make_set_operation<set_operator::intersect>(static_cast<const Statement&>(*this), other);
    }
    /// `.except(c)`: (this) EXCEPT c
    template <class Other>
    constexpr auto except(const Other& other) const {
      return make_set_operation<set_operator::except>(static_cast<const Statement&>(*this), other);
    }

    static constexpr statement_kind kind = statement_kind::query;
    /// The first select's items: what order_by() can name.
    using items = typename Arms::left_type::items;
    static constexpr std::size_t column_count = Arms::left_type::column_count;
    using row_type = typename Arms::row_type;
  };
};

namespace detail {
/// A result column of a set operation: a common type of both arms', optional if either is.
template <class L, class R>
struct set_column {
  using left_base = strip_optional_t<L>;
  using right_base = strip_optional_t<R>;
  using base = std::conditional_t<std::is_same_v<left_base, right_base>, left_base,
                                  std::common_type_t<left_base, right_base>>;  // numbers only: checked before
  using type = std::conditional_t<is_optional_v<L> || is_optional_v<R>, make_optional_t<base>, base>;
};
template <class LeftRow, class RightRow, class Indices = std::make_index_sequence<std::tuple_size_v<LeftRow>>>
struct set_row;
template <class LeftRow, class RightRow, std::size_t... I>
struct set_row<LeftRow, RightRow, std::index_sequence<I...>> {
  using type = std::tuple<typename set_column<std::tuple_element_t<I, LeftRow>, std::tuple_element_t<I, RightRow>>::type...>;
};
/// Whether every column's types compare; reports each column that does not. (Apart from
/// set_row, which is instantiated only once this holds.)
template <class LeftRow, class RightRow, std::size_t... I>
constexpr bool set_rows_comparable(std::index_sequence<I...>) {
  bool ok = true;
  (
      [&] {
        using L = std::tuple_element_t<I, LeftRow>;
        using R = std::tuple_element_t<I, RightRow>;
        if constexpr (!ctql::values_comparable<L, R>()) {
          set_operation_column_types_differ<column_number<I + 1>, L, R>();
          ok = false;
        }
      }(),
      ...);
  return ok;
}

template <class T>
concept set_operand = std::is_base_of_v<subquery_tag, T> || is_set_statement<T>;
}  // namespace detail

/// The arms clause with its row type.
template <set_operator Op, class Left, class Right>
struct typed_set_arms : set_arms<Op, Left, Right> {
  using row_type = typename detail::set_row<typename Left::row_type, typename Right::row_type>::type;
};

template <set_operator Op, class Left, class Right>
constexpr auto make_set_operation(const Left& left, const Right& right) {
  if constexpr (!detail::set_operand<Right>) {
    set_operation_takes_selects<Right>();
    return left;
  } else if constexpr (Left::column_count != Right::column_count) {
    set_operation_needs_same_column_count<Left, Right>();
    return left;
  } else if constexpr (!detail::set_rows_comparable<typename Left::row_type, typename Right::row_type>(
                           std::make_index_sequence<Left::column_count>{})) {
    return left;
  } else {
    return statement_starting_with<set_verb>(typed_set_arms<Op, Left, Right>{{{}, left, right}});
  }
}

}  // namespace ctql
