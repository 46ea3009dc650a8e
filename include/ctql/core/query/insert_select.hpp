#pragma once
// insert_into(t).columns(t.a, t.b).from_select(select(s.x, s.y).from(s).where(...)):
// INSERT INTO "t" ("a", "b") SELECT ... (a set operation too). The select gives as many columns as
// columns() names, each of a type its column takes (an optional one only into a nullable column),
// and columns() names every NOT NULL column without a default, as set() must.
//
// A select with a WITH keeps it in front of itself: INSERT INTO "t" ("a") WITH "x" AS (...) SELECT ...,
// which SQLite, PostgreSQL, MySQL 8 and MariaDB all take. Before ON CONFLICT, SQLite reads an ON after
// the select's FROM as a join's, so there (upsert_select_needs_where) a select without a where() gets
// `WHERE true`, and a set operation is read as `SELECT * FROM (...) WHERE true`.
//
// Running it reports rows_affected and last_insert_id 0: which keys a select's rows got is known
// only through returning() (SQLite, PostgreSQL); see docs/reporting.md.
#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>

#include "ctql/core/check.hpp"
#include "ctql/core/clause/absent.hpp"
#include "ctql/core/clause/where.hpp"
#include "ctql/core/clause/with.hpp"
#include "ctql/core/expr/assignment.hpp"
#include "ctql/core/meta/node_list.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/query/insert.hpp"
#include "ctql/core/query/returning.hpp"
#include "ctql/core/query/select.hpp"
#include "ctql/core/query/statement.hpp"
#include "ctql/core/schema/column_name.hpp"
#include "ctql/core/schema/value_types.hpp"

namespace ctql {

template <class Query>
constexpr void from_select_takes_a_select() {
  static_assert(always_false<Query>,
                "ctql: from_select() takes a select(...) statement or a set operation of selects, e.g. "
                "from_select(select(users.id, users.name).from(users))");
}
template <class Query, class... Columns>
constexpr void from_select_column_count() {
  static_assert(always_false<Query, Columns...>,
                "ctql: from_select() needs the select to give as many columns as columns() names, in the "
                "same order");
}
template <class Column, class Selected>
constexpr void from_select_column_type() {
  static_assert(always_false<Column, Selected>,
                "ctql: from_select() selects a value of a type its column cannot hold (e.g. a string for a "
                "number column); select a value of the column's type in that position (column_named below)");
}
template <class Column, class Selected>
constexpr void from_select_optional_into_not_null() {
  static_assert(always_false<Column, Selected>,
                "ctql: from_select() selects a value that may be NULL for a NOT NULL column (column_named "
                "below), as set() refuses a std::optional; select a value that cannot be NULL (e.g. "
                "coalesce(x, fallback)), or make the column std::optional<T>");
}

/// Whether running Q inserts the rows of a select (an INSERT ... SELECT, or an upsert over one):
/// its exec_result's last_insert_id is 0 (documented in docs/reporting.md).
template <class Q>
concept select_insert = requires { requires Q::inserts_from_select; };

namespace detail {
/// Whether the select's column at I fits Column (as set() would take it); reports why not.
template <class Column, class Selected>
constexpr bool selected_column_fits() {
  if constexpr (!assignable<Column, Selected>()) {
    from_select_column_type<column_name_t<Column>, Selected>();
    return false;
  } else if constexpr (is_optional_v<Selected> && !Column::is_nullable) {
    from_select_optional_into_not_null<column_name_t<Column>, Selected>();
    return false;
  } else {
    return true;
  }
}
template <class Row, class... Columns, std::size_t... I>
constexpr bool selected_row_fits(std::index_sequence<I...>) {
  bool ok = true;  // every column's mismatch is reported
  ((ok = selected_column_fits<Columns, std::tuple_element_t<I, Row>>() && ok), ...);
  return ok;
}

/// Renders select Q with a WHERE: its own, or `WHERE true` in its place.
template <class Q>
struct select_with_where {
  // A set operation (or anything else): read as a derived table, which SQLite takes without a name.
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text("SELECT * FROM (");
    Q::render(ctx);
    ctx.text(") WHERE true");
  }
};
template <class... Clauses>
struct select_with_where<clause_statement<select_verb, Clauses...>> {
  using statement = clause_statement<select_verb, Clauses...>;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    if constexpr (statement::ctes::size != 0) render_with(ctx, typename statement::ctes{});
    select_verb::render_head(ctx);
    node_list<Clauses...>::for_each_type([&]<std::size_t I, class Clause>() {
      if constexpr (I == meta::index_of<where_kind, select_verb::slots> && is_absent<Clause>) ctx.text(" WHERE true");
      else Clause::render(ctx);
    });
  }
};
}  // namespace detail

/// INSERT INTO t (a, b) SELECT ...
template <class Table, class Query, class... Columns>
struct insert_select_statement : statement_tag, returning_methods<insert_select_statement<Table, Query, Columns...>> {
  static constexpr statement_kind kind = statement_kind::change;
  static constexpr bool inserts_from_select = true;  // see select_insert
  Query query;

  using table = Table;
  using free_tables = type_list<>;
  using params = typename Query::params;
  static constexpr bool is_dynamic = Query::is_dynamic;
  static constexpr bool uses_full_join = Query::uses_full_join;

  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    render_head(ctx);
    Query::render(ctx);
  }
  /// The statement as an upsert (query/upsert.hpp) writes it, before its ON CONFLICT.
  template <class Ctx>
  static constexpr void render_before_conflict(Ctx& ctx) {
    render_head(ctx);
    if constexpr (Ctx::dialect::upsert_select_needs_where) detail::select_with_where<Query>::render(ctx);
    else Query::render(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(query, f);
  }
  /// The select's own rules (it reads no enclosing statement's tables).
  template <bool TopLevel>
  static constexpr bool check() {
    if constexpr (!fixed_shape<Query>) {
      subquery_holds_variants<Query>();
      return false;
    } else {
      return Query::template check<true>();
    }
  }

  /// `.on_conflict(archive.id).do_nothing()`, as on insert_into(t).set(...).
  template <class... Conflicting>
  constexpr auto on_conflict(const Conflicting&... columns) const {
    return make_conflict_clause(*this, columns...);
  }

 private:
  template <class Ctx>
  static constexpr void render_head(Ctx& ctx) {
    ctx.text("INSERT INTO ");
    ctx.identifier(Table::sql_name);
    ctx.text(" ");
    detail::render_column_names<Ctx, Columns...>(ctx);
    ctx.text(" ");
  }
};

/// What `insert_into(t).columns(...).from_select(query)` builds; the failed checks report.
template <class Table, class... Columns, class Query>
constexpr auto make_insert_select(type_list<Table, Columns...>, const Query& query) {
  using failed = insert_default_statement<Table>;
  if constexpr (!is_query<Query> || !requires { typename Query::row_type; Query::column_count; }) {
    from_select_takes_a_select<Query>();
    return failed{};
  } else if constexpr (Query::column_count != sizeof...(Columns)) {
    from_select_column_count<Query, column_name_t<Columns>...>();
    return failed{};
  } else if constexpr (!detail::selected_row_fits<typename Query::row_type, Columns...>(
                           std::index_sequence_for<Columns...>{})) {
    return failed{};
  } else {
    return insert_select_statement<Table, Query, Columns...>{{}, {}, query};
  }
}

}  // namespace ctql
