#pragma once
// `insert_into(t).set(...).returning(t.id)`, and the same after update(...).where(...) and
// delete_from(...).where(...): the statement gives rows. SQLite and PostgreSQL have RETURNING;
// MariaDB has it after INSERT and DELETE only; MySQL does not. Rendering it where the dialect lacks
// it does not compile (query/sql.hpp: dialect_supports).
#include <cstddef>
#include <tuple>

#include "ctql/core/check.hpp"
#include "ctql/core/clause/select_list.hpp"
#include "ctql/core/meta/node_list.hpp"
#include "ctql/core/query/statement.hpp"

namespace ctql {

template <class... OtherTables>
constexpr void returning_uses_other_table(type_list<OtherTables...>) {
  static_assert(always_false<OtherTables...>,
                "ctql: returning() can only give columns of the table the statement changes");
}

template <class... Items>
constexpr void returning_takes_row_values() {
  static_assert(always_false<Items...>,
                "ctql: returning() takes columns and expressions of the changed rows, not aggregates");
}

template <class... Items>
constexpr void returning_takes_no_window_function() {
  static_assert(always_false<Items...>,
                "ctql: returning() cannot give a window function (SQL has no window over the changed rows); "
                "return the columns and select the window function over them afterwards");
}

/// Statement ... RETURNING items
template <class Statement, class... Items>
struct returning_statement : statement_tag {
  static constexpr statement_kind kind = statement_kind::query;
  Statement statement;
  node_list<Items...> items;

  using table = typename Statement::table;
  using free_tables = type_list<>;
  using params = meta::concat<typename Statement::params, typename Items::params...>;
  static constexpr bool is_dynamic = Statement::is_dynamic;
  static constexpr bool uses_returning = true;
  static constexpr bool uses_full_join = requires { requires Statement::uses_full_join; };
  /// MariaDB has RETURNING after INSERT and DELETE, not after UPDATE.
  static constexpr bool uses_update_returning = requires { Statement::verb::is_update; };
  /// on_conflict(...).do_nothing().returning(...): where the dialect writes DO NOTHING as a no-op
  /// update, RETURNING would give the existing row instead of none.
  static constexpr bool uses_returning_after_do_nothing = requires { requires Statement::does_nothing_on_conflict; };
  using row_type = std::tuple<typename Items::value_type...>;

  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    Statement::render(ctx);
    ctx.text(" RETURNING ");
    node_list<Items...>::for_each_type([&]<std::size_t I, class Item>() {
      if constexpr (I > 0) ctx.text(", ");
      Item::render(ctx);
    });
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(statement, f);
    visit_parts(items, f);
  }
  /// In Dialect's text order (query/statement.hpp: visit_as): the statement's, then RETURNING's.
  template <class Dialect, class F>
  constexpr void visit_as(F& f) const {
    ::ctql::visit_as<Dialect>(statement, f);
    visit_parts(items, f);
  }
  template <bool TopLevel>
  static constexpr bool check() {
    using other = meta::unique<meta::difference<meta::concat<typename Items::tables...>, type_list<table>>>;
    if constexpr (!Statement::template check<TopLevel>()) {
      return false;
    } else if constexpr (other::size != 0) {
      returning_uses_other_table(other{});
      return false;
    } else {
      return true;
    }
  }
};

/// What `.returning(items...)` on insert, update and delete statements builds.
template <class Statement, class... Items>
constexpr auto make_returning(const Statement& statement, const Items&... items) {
  static_assert(sizeof...(Items) > 0, "ctql: returning() needs at least one column or expression");
  if constexpr (!(select_item<Items> && ...)) {
    (
        [] {
          if constexpr (!select_item<Items>) select_takes_expressions<Items>();
        }(),
        ...);
    return statement;
  } else if constexpr ((Items::has_window || ...)) {
    returning_takes_no_window_function<Items...>();
    return statement;
  } else if constexpr ((Items::has_aggregate || ...)) {
    returning_takes_row_values<Items...>();
    return statement;
  } else {
    return returning_statement<Statement, Items...>{{}, statement, {{items}...}};
  }
}

/// `.returning(users.id)`: the changed rows' values (SQLite, PostgreSQL; MariaDB but after an
/// update), for insert, upsert, update and delete statements.
template <class Statement>
struct returning_methods {
  template <class... Items>
  constexpr auto returning(const Items&... items) const {
    return make_returning(static_cast<const Statement&>(*this), items...);
  }
};

}  // namespace ctql
