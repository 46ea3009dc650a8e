#pragma once
// GROUP BY expression, ...
#include <cstddef>

#include "ctql/core/check.hpp"
#include "ctql/core/clause/absent.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/meta/node_list.hpp"
#include "ctql/core/query/statement.hpp"

namespace ctql {

struct group_by_kind {};

template <class Expression>
constexpr void group_by_takes_expressions() {
  static_assert(always_false<Expression>, "ctql: group_by() takes columns or expressions");
}
template <class Expression>
constexpr void group_by_uses_aggregate() {
  static_assert(always_false<Expression>, "ctql: group_by() cannot group by an aggregate");
}
template <class Expression>
constexpr void group_by_uses_window_function() {
  static_assert(always_false<Expression>,
                "ctql: group_by() cannot group by a window function (windows are computed after grouping); "
                "select it with .as<name>() in a derived table and group the outer select by name[item]");
}
template <class Expression>
constexpr void group_by_expression_binds_values() {
  static_assert(always_false<Expression>,
                "ctql: group_by() takes columns and expressions of columns without C++ values (a "
                "bound value in GROUP BY cannot match the select list's in PostgreSQL); group by "
                "the columns");
}
template <class... TablesNotInFrom>
constexpr void group_by_uses_table_not_in_from(type_list<TablesNotInFrom...>) {
  static_assert(always_false<TablesNotInFrom...>,
                "ctql: group_by() uses a column whose table is not in from(); add the table to "
                "from() or join() it");
}

template <class... Expressions>
struct group_by_clause : clause_traits<Expressions...> {
  using items = type_list<Expressions...>;
  node_list<Expressions...> expressions;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text(" GROUP BY ");
    node_list<Expressions...>::for_each_type([&]<std::size_t I, class E>() {
      if constexpr (I > 0) ctx.text(", ");
      E::render(ctx);
    });
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_parts(expressions, f);
  }
  template <class Statement, bool TopLevel>
  static constexpr bool check() {
    using missing = tables_not_visible<typename clause_traits<Expressions...>::tables, Statement, TopLevel>;
    if constexpr (missing::size != 0) group_by_uses_table_not_in_from(missing{});
    return missing::size == 0;
  }
};

/// `.group_by(users.name)`
template <class Statement, class... Expressions>
constexpr auto add_group_by(const Statement& self, const Expressions&... expressions) {
  using current = typename Statement::template clause<group_by_kind>;
  if constexpr (!is_absent<current>) {
    clause_given_twice<current>();
    return self;
  } else if constexpr (!(expression<Expressions> && ...)) {
    (group_by_takes_expressions<Expressions>(), ...);
    return self;
  } else if constexpr ((Expressions::has_window || ...)) {
    (
        [] {
          if constexpr (Expressions::has_window) group_by_uses_window_function<Expressions>();
        }(),
        ...);
    return self;
  } else if constexpr ((Expressions::has_aggregate || ...)) {
    (
        [] {
          if constexpr (Expressions::has_aggregate) group_by_uses_aggregate<Expressions>();
        }(),
        ...);
    return self;
  } else if constexpr ((Expressions::binds_values || ...)) {
    (
        [] {
          if constexpr (Expressions::binds_values) group_by_expression_binds_values<Expressions>();
        }(),
        ...);
    return self;
  } else {
    return with_clause<group_by_kind>(self, group_by_clause<Expressions...>{{}, {{expressions}...}});
  }
}

}  // namespace ctql
