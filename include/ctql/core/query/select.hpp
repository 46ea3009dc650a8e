#pragma once
// select(...).from(...).where(...).group_by(...).having(...).order_by(...).limit(n).offset(n)
// Each clause (its node, builder method, rules and messages) is in core/clause/; this file is the
// SELECT verb: which clauses it takes, in SQL order, and what its rows are.
#include <cstddef>

#include "ctql/core/clause/absent.hpp"
#include "ctql/core/clause/from.hpp"
#include "ctql/core/clause/group_by.hpp"
#include "ctql/core/clause/having.hpp"
#include "ctql/core/clause/limit.hpp"
#include "ctql/core/clause/order_by.hpp"
#include "ctql/core/clause/select_list.hpp"
#include "ctql/core/clause/where.hpp"
#include "ctql/core/expr/in.hpp"
#include "ctql/core/query/result_row.hpp"
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

  /// What a SELECT adds to the statement: its builder methods and its rows.
  template <class Statement, class List, class... Clauses>
  struct part : subquery_tag, from_methods<Statement>, where_methods<Statement>, group_by_methods<Statement>,
                having_methods<Statement>, order_by_methods<Statement>, limit_methods<Statement> {
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
