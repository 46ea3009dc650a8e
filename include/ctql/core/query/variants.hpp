#pragma once
// The rules of statements with parts present or absent at run time (expr/dynamic.hpp): where
// maybe(), dynamic(), one_of() and or_each() may be, and how many variants a statement may have.
#include <cstddef>
#include <type_traits>

#include "ctql/core/check.hpp"
#include "ctql/core/expr/node.hpp"

namespace ctql {

/// The most variants one statement may have: each is prepared once per connection when first run.
/// 4 maybe()s, a one_of() over 3 sorts and a dynamic() join make 2^4 * 3 * 2 = 96.
inline constexpr std::size_t max_variants = 1024;

template <class Statement>
constexpr void statement_has_too_many_variants() {
  static_assert(always_false<Statement>,
                "ctql: this statement has more than 1024 variants (each maybe(), dynamic() and or_each() doubles "
                "them, one_of(i, items...) multiplies them by its item count); split it into statements, or join "
                "conditions that go together under one dynamic()");
}
template <class Statement>
constexpr void subquery_holds_variants() {
  static_assert(always_false<Statement>,
                "ctql: a subquery, derived table, CTE or set operation arm cannot hold maybe(), dynamic(), "
                "one_of() or or_each(); put them in the outer statement's where(), having(), select() or order_by()");
}
template <class Clause>
constexpr void clause_takes_no_variants() {
  static_assert(always_false<Clause>,
                "ctql: maybe(), dynamic(), one_of() and or_each() may be only in where(), having(), select() "
                "and order_by(); a value that may be missing elsewhere (set(), group_by(), limit()) needs its own "
                "statement");
}
template <class Item>
constexpr void select_item_holds_maybe() {
  static_assert(always_false<Item>,
                "ctql: a select() item cannot hold maybe() or or_each() (it would be NULL, silently); use "
                "dynamic(flag, item) for an item that is there or not, or one_of(i, items...)");
}
template <class Item>
constexpr void select_one_of_needs_one_type() {
  static_assert(always_false<Item>,
                "ctql: one_of(i, items...) in select() needs items of one value type, so the row has one type");
}
template <class Item>
constexpr void order_by_item_holds_variants() {
  static_assert(always_false<Item>,
                "ctql: order_by() takes one_of(i, items...) for a sort chosen at run time; maybe() and dynamic() "
                "cannot be in it");
}

template <class Statement>
constexpr void statement_has_variants() {
  static_assert(always_false<Statement>,
                "ctql: this statement has parts present or absent at run time (maybe(), dynamic(), one_of()), so "
                "it has several SQL texts: ctql::sql<Dialect, V>(statement) gives variant V's, "
                "ctql::runtime_sql<Dialect>(statement) the one it will run");
}
template <class Statement>
constexpr void variant_past_last() {
  static_assert(always_false<Statement>,
                "ctql: sql<Dialect, V>(statement): V is past the statement's last variant; "
                "ctql::variant_count(statement) says how many it has");
}

/// A select() item: fixed, dynamic(flag, fixed item), or one_of() of one value type.
template <class Item>
constexpr bool check_select_variant_item() {
  if constexpr (fixed_shape<Item>) {
    return true;
  } else if constexpr (!requires { requires Item::is_variant_item; }) {
    select_item_holds_maybe<Item>();
    return false;
  } else if constexpr (std::is_base_of_v<one_of_tag, Item>) {
    if constexpr (!Item::one_value_type) select_one_of_needs_one_type<Item>();
    return Item::one_value_type;
  } else {
    return true;
  }
}
/// An order_by() item: fixed, one_of(), or dynamic(flag<name>, item) (clause/dynamic_join.hpp).
template <class Item>
constexpr bool check_order_variant_item() {
  if constexpr (fixed_shape<Item> || std::is_base_of_v<one_of_tag, Item> ||
                requires { requires Item::is_flag_guard; }) {
    return true;
  } else {
    order_by_item_holds_variants<Item>();
    return false;
  }
}

/// The statement-wide rules: bounded, only in the clauses that take them, not in a subquery.
template <class Statement, bool TopLevel, class... Clauses>
constexpr bool check_variants() {
  constexpr std::size_t n = Statement::variant_count;
  if constexpr (n == 1) {
    return true;
  } else if constexpr (!TopLevel) {
    subquery_holds_variants<Statement>();
    return false;
  } else if constexpr (n > max_variants) {
    statement_has_too_many_variants<Statement>();
    return false;
  } else {
    bool ok = true;
    (
        [&] {
          if constexpr (!fixed_shape<Clauses> && !Clauses::takes_variants) {
            clause_takes_no_variants<Clauses>();
            ok = false;
          }
        }(),
        ...);
    return ok;
  }
}

}  // namespace ctql
