#pragma once
// select(...).from(...).where(...).group_by(...).having(...).order_by(...).limit(n).offset(n),
// and a select's set operations: .union_all(b), .union_distinct(b), .intersect(b), .except(b)
// (query/set_operation.hpp)
// Each clause (its node, builder method, rules and messages) is in core/clause/; this file is the
// SELECT verb: which clauses it takes, in SQL order, and what its rows are.
#include <cstddef>
#include <type_traits>

#include "ctql/core/clause/absent.hpp"
#include "ctql/core/clause/from.hpp"
#include "ctql/core/clause/group_by.hpp"
#include "ctql/core/clause/having.hpp"
#include "ctql/core/clause/limit.hpp"
#include "ctql/core/clause/order_by.hpp"
#include "ctql/core/clause/select_list.hpp"
#include "ctql/core/clause/where.hpp"
#include "ctql/core/expr/in.hpp"
#include "ctql/core/expr/scalar_subquery.hpp"
#include "ctql/core/query/result_row.hpp"
#include "ctql/core/query/derived_table.hpp"
#include "ctql/core/query/set_operation.hpp"
#include "ctql/core/query/statement.hpp"

namespace ctql {

struct select_verb {
  using slots = type_list<select_list_kind, from_kind, where_kind, group_by_kind, having_kind, order_by_kind, limit_kind>;
  using provided_tables = type_list<>;  // FROM provides them
  template <class Ctx>
  static constexpr void render_head(Ctx&) {}
  template <class Statement, bool TopLevel>
  static constexpr bool check() {
    return true;
  }

  /// What a SELECT adds to the statement: its builder methods (each in its clause's file) and its
  /// rows. The methods are one-line members, not a base class per clause: a base per clause and
  /// statement type costs the compiler a class for every step of every statement built.
  template <class Statement, class List, class... Clauses>
  struct part : subquery_tag {
    /// `.from(users)`, `.from(users.join(posts).on(...))`
    template <class Source>
    constexpr auto from(const Source& source) const {
      return add_from(static_cast<const Statement&>(*this), source);
    }
    /// `.where(users.age >= 18)`
    template <class Condition>
    constexpr auto where(const Condition& condition) const {
      return add_where(static_cast<const Statement&>(*this), condition);
    }
    /// `.group_by(users.name)`
    template <class... Expressions>
    constexpr auto group_by(const Expressions&... expressions) const {
      return add_group_by(static_cast<const Statement&>(*this), expressions...);
    }
    /// `.having(count(posts.id) > 2)`
    template <class Condition>
    constexpr auto having(const Condition& condition) const {
      return add_having(static_cast<const Statement&>(*this), condition);
    }
    /// `.order_by(users.name.asc(), users.id)`
    template <class... Items>
    constexpr auto order_by(const Items&... items) const {
      return add_order_by(static_cast<const Statement&>(*this), items...);
    }
    /// `.limit(10)`: LIMIT ?
    template <class Count>
    constexpr auto limit(const Count& count) const {
      return add_limit(static_cast<const Statement&>(*this), count);
    }
    /// `.offset(20)`: OFFSET ?
    template <class Count>
    constexpr auto offset(const Count& count) const {
      return add_offset(static_cast<const Statement&>(*this), count);
    }
    /// `.union_all(select(admins.name).from(admins))`: UNION ALL
    template <class Other>
    constexpr auto union_all(const Other& other) const {
      return make_set_operation<set_operator::union_all>(static_cast<const Statement&>(*this), other);
    }
    /// `.union_distinct(b)`: UNION (duplicate rows removed)
    template <class Other>
    constexpr auto union_distinct(const Other& other) const {
      return make_set_operation<set_operator::union_distinct>(static_cast<const Statement&>(*this), other);
    }
    /// `.intersect(b)`: INTERSECT
    template <class Other>
    constexpr auto intersect(const Other& other) const {
      return make_set_operation<set_operator::intersect>(static_cast<const Statement&>(*this), other);
    }
    /// `.except(b)`: EXCEPT
    template <class Other>
    constexpr auto except(const Other& other) const {
      return make_set_operation<set_operator::except>(static_cast<const Statement&>(*this), other);
    }

    /// Whether it gives exactly one row, whatever the data: aggregates without GROUP BY, HAVING or
    /// LIMIT/OFFSET (which could leave no row).
    static constexpr bool gives_one_row() {
      return detail::unnamed<meta::first<items>>::type::has_aggregate &&
             std::is_same_v<typename Statement::template clause<group_by_kind>, absent> &&
             std::is_same_v<typename Statement::template clause<having_kind>, absent> &&
             std::is_same_v<typename Statement::template clause<limit_kind>, absent>;
    }
    /// As a value where one fits: a scalar subquery (core/expr/scalar_subquery.hpp).
    constexpr auto as_scalar_value() const { return make_scalar_subquery(static_cast<const Statement&>(*this)); }
    /// `.as<"top">()`: a derived table in from()/join(), or a named scalar subquery in a select list
    /// (core/query/derived_table.hpp).
    template <fixed_string Alias>
    constexpr subquery_alias<Statement, Alias> as() const {
      [[maybe_unused]] constexpr bool checked = Statement::template check<false>();  // its own rules, reported here
      return {{}, {}, {}, static_cast<const Statement&>(*this)};
    }

    static constexpr statement_kind kind = statement_kind::query;
    using items = typename decltype(List::items)::types;
    static constexpr std::size_t column_count = items::size;
    using first_column = typename detail::unnamed<meta::first<items>>::type;
    /// std::tuple of the selected values, optional where NULL is possible.
    using row_type = typename result_row_impl<items, meta::concat<typename Clauses::nullable_tables...>>::type;
  };
};

/// `select(users.id, users.name)`, `select(all_of(users))`, `select(count())`
template <class... Items>
constexpr auto select(const Items&... items) {
  static_assert(sizeof...(Items) > 0, "ctql: select() needs at least one column or expression");
  return statement_starting_with<select_verb>(make_select_list<false>((detail::select_items(items) + ...)));
}
/// `select_distinct(users.name)`: SELECT DISTINCT
template <class... Items>
constexpr auto select_distinct(const Items&... items) {
  static_assert(sizeof...(Items) > 0, "ctql: select_distinct() needs at least one column or expression");
  return statement_starting_with<select_verb>(make_select_list<true>((detail::select_items(items) + ...)));
}

}  // namespace ctql
