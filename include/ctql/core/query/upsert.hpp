#pragma once
// `insert_into(t).set(...).on_conflict(t.email).do_nothing()` and
// `.on_conflict(t.email).do_update(t.name = excluded(t.name))`; the conflict target is the whole
// primary key (`.on_conflict(tags.post_id, tags.tag)` for a composite one) or a unique column.
// SQLite and PostgreSQL: ON CONFLICT (...) DO NOTHING / DO UPDATE SET ...
// MySQL and MariaDB: ON DUPLICATE KEY UPDATE ..., which takes any unique key's conflict (the named
// column documents the intent); DO NOTHING becomes a no-op update of that column. excluded(c) is
// the dialect's `excluded` spelling: excluded.c, VALUES(c) (MariaDB) or the row alias new.c (MySQL 8).
// Rows affected are the server's count: MySQL and MariaDB count 2 for a row an upsert updated.
#include <cstddef>
#include <string_view>
#include <type_traits>

#include "ctql/core/check.hpp"
#include "ctql/core/expr/expression_ops.hpp"
#include "ctql/core/meta/node_list.hpp"
#include "ctql/core/query/insert.hpp"
#include "ctql/core/render/dialect.hpp"
#include "ctql/core/schema/column_name.hpp"

namespace ctql {

/// The value an insert tried to write into a column: `excluded(users.name)`.
/// The pseudo-table of excluded(): valid in do_update() only.
template <class Table>
struct excluded_rows {};

/// The name of the proposed row where the dialect names it (`INSERT ... AS new`): `new`, unless
/// that is the table's own name (any case), where it would be ambiguous.
template <class Table>
constexpr std::string_view row_alias() {
  constexpr std::string_view name = Table::sql_name;
  constexpr bool is_new = name.size() == 3 && (name[0] | 0x20) == 'n' && (name[1] | 0x20) == 'e' && (name[2] | 0x20) == 'w';
  return is_new ? "new_row" : "new";
}

template <class Column>
struct excluded_node : expression_tag, expression_ops<excluded_node<Column>>, leaf_traits {
  using value_type = typename Column::value_type;
  using tables = type_list<excluded_rows<typename Column::table>>;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    if constexpr (Ctx::dialect::excluded == excluded_style::values_function) {
      ctx.text("VALUES(");
      ctx.identifier(Column::sql_name);
      ctx.text(")");
    } else {
      ctx.text(Ctx::dialect::excluded == excluded_style::row_alias ? row_alias<typename Column::table>() : "excluded");
      ctx.text(".");
      ctx.identifier(Column::sql_name);
    }
  }
};

/// `excluded(users.name)`: in do_update(), the value the insert proposed.
template <class Column>
  requires is_column<Column>
constexpr excluded_node<Column> excluded(const Column&) {
  return {};
}

namespace conflict_action {
struct nothing {};
struct update {};
}  // namespace conflict_action

/// INSERT ... ON CONFLICT (Target) DO NOTHING | DO UPDATE SET Assignments
template <class Insert, class Target, class Action, class... Assignments>
struct upsert_statement : statement_tag, returning_methods<upsert_statement<Insert, Target, Action, Assignments...>> {
  static constexpr statement_kind kind = statement_kind::change;
  /// Over an INSERT ... SELECT: last_insert_id is 0 (see select_insert in query/insert_select.hpp).
  static constexpr bool inserts_from_select = requires { requires Insert::inserts_from_select; };
  Insert insert;
  node_list<Assignments...> assignments;

  using table = typename Insert::table;
  using free_tables = type_list<>;
  using params = meta::concat<typename Insert::params, typename Assignments::params...>;
  static constexpr bool is_dynamic = Insert::is_dynamic;
  static constexpr bool uses_full_join = requires { requires Insert::uses_full_join; };
  static constexpr bool does_nothing_on_conflict = std::is_same_v<Action, conflict_action::nothing>;
  /// Whether do_update() reads excluded(): only then is the row alias written.
  static constexpr bool uses_excluded = (false || ... || meta::contains<excluded_rows<table>, typename Assignments::tables>);

  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    if constexpr (requires { Insert::render_before_conflict(ctx); }) Insert::render_before_conflict(ctx);
    else Insert::render(ctx);
    if constexpr (Ctx::dialect::upsert == upsert_style::on_duplicate_key_update) {
      if constexpr (Ctx::dialect::excluded == excluded_style::row_alias && uses_excluded) {
        ctx.text(" AS ");
        ctx.text(row_alias<table>());
      }
      ctx.text(" ON DUPLICATE KEY UPDATE ");
      if constexpr (std::is_same_v<Action, conflict_action::nothing>) {
        using first = meta::first<Target>;
        own_column(ctx, first::sql_name);
        ctx.text(" = ");
        own_column(ctx, first::sql_name);
      } else {
        render_assignments<inserts_from_select>(ctx);
      }
      if constexpr (!auto_key_name<table>().empty()) {
        // MySQL reports the existing row's key for a row it updated; LAST_INSERT_ID(0) makes that 0,
        // as on the other dialects: the statement inserted nothing. The key keeps its value.
        ctx.text(", ");
        own_column(ctx, auto_key_name<table>());
        ctx.text(" = ");
        own_column(ctx, auto_key_name<table>());
        ctx.text(" + 0 * LAST_INSERT_ID(0)");
      }
    } else {
      ctx.text(" ON CONFLICT (");
      render_target(ctx, Target{});
      if constexpr (std::is_same_v<Action, conflict_action::nothing>) {
        ctx.text(") DO NOTHING");
      } else {
        ctx.text(") DO UPDATE SET ");
        render_assignments<false>(ctx);
      }
    }
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(insert, f);
    visit_parts(assignments, f);
  }
  template <bool TopLevel>
  static constexpr bool check() {
    using other = meta::unique<meta::difference<meta::concat<typename Assignments::tables...>,
                                                type_list<table, excluded_rows<table>>>>;
    if constexpr (!Insert::template check<TopLevel>()) {
      return false;
    } else if constexpr (other::size != 0) {
      upsert_uses_other_table(other{});
      return false;
    } else {
      return true;
    }
  }

 private:
  template <class Ctx, class... Columns>
  static constexpr void render_target(Ctx& ctx, type_list<Columns...>) {
    std::size_t i = 0;
    ((ctx.text(i++ == 0 ? "" : ", "), ctx.identifier(Columns::sql_name)), ...);
  }
  /// Qualified: `t`.`a` = ..., which ON DUPLICATE KEY UPDATE after INSERT ... SELECT needs (the
  /// select's tables may have a column of that name too).
  template <bool Qualified, class Ctx>
  static constexpr void render_assignments(Ctx& ctx) {
    std::size_t i = 0;
    (
        [&] {
          ctx.text(i++ == 0 ? "" : ", ");
          if constexpr (Qualified) own_column(ctx, Assignments::column::sql_name);
          else ctx.identifier(Assignments::column::sql_name);
          ctx.text(" = ");
          Assignments::render_value(ctx);
        }(),
        ...);
  }
  /// A column of the table, in ON DUPLICATE KEY UPDATE: qualified after INSERT ... SELECT.
  template <class Ctx>
  static constexpr void own_column(Ctx& ctx, std::string_view name) {
    if constexpr (inserts_from_select) {
      ctx.identifier(table::sql_name);
      ctx.text(".");
    }
    ctx.identifier(name);
  }
};

/// insert ... .on_conflict(column), waiting for do_nothing() or do_update(...).
template <class Insert, class Target>
struct conflict_clause {
  Insert insert;

  /// Keep the existing row.
  constexpr upsert_statement<Insert, Target, conflict_action::nothing> do_nothing() const { return {{}, {}, insert, {}}; }
  /// Update the existing row: `.do_update(users.name = excluded(users.name))`.
  template <class... Assignments>
  constexpr auto do_update(const Assignments&... assignments) const {
    static_assert(sizeof...(Assignments) > 0, "ctql: do_update() needs at least one assignment");
    using table = typename Insert::table;
    if constexpr (!(is_assignment<Assignments> && ...)) {
      (
          [] {
            if constexpr (!is_assignment<Assignments>) set_takes_assignments<Assignments>();
          }(),
          ...);
      return upsert_statement<Insert, Target, conflict_action::nothing>{{}, {}, insert, {}};
    } else if constexpr (!detail::check_target_columns<table, false, typename Assignments::column...>()) {
      return upsert_statement<Insert, Target, conflict_action::nothing>{{}, {}, insert, {}};
    } else {
      return upsert_statement<Insert, Target, conflict_action::update, Assignments...>{{}, {}, insert, {{assignments}...}};
    }
  }
};

namespace detail {
template <class Column>
using primary_key_column_or_none = std::conditional_t<Column::is_primary_key, type_list<Column>, type_list<>>;
template <class Columns>
struct primary_key_columns_impl;
template <class... Columns>
struct primary_key_columns_impl<type_list<Columns...>> {
  using type = meta::concat<primary_key_column_or_none<Columns>...>;
};
/// The columns of Table's primary key.
template <class Table>
using primary_key_columns = typename primary_key_columns_impl<columns_of<Table>>::type;
}  // namespace detail

/// What `.on_conflict(columns...)` on an insert builds. A conflict can only happen on a whole
/// unique key: the primary key (all its columns) or a unique column.
template <class Insert, class... Columns>
constexpr auto make_conflict_clause(const Insert& insert, const Columns&...) {
  using table = typename Insert::table;
  using target = type_list<Columns...>;
  static_assert(sizeof...(Columns) > 0, "ctql: on_conflict() names the conflicting key: a unique column or the primary key");
  if constexpr (!((is_column<Columns> && std::is_same_v<typename Columns::table, table>) && ...)) {
    (
        [] {
          if constexpr (!is_column<Columns> || !std::is_same_v<typename Columns::table, table>)
            column_of_other_table<table, Columns>();
        }(),
        ...);
    return conflict_clause<Insert, target>{insert};
  } else {
    using key = detail::primary_key_columns<table>;
    constexpr bool whole_key = meta::is_subset<target, key> && meta::is_subset<key, target>;
    constexpr bool one_unique = sizeof...(Columns) == 1 && (Columns::is_unique && ...);
    if constexpr (meta::unique<target>::size != target::size) {
      on_conflict_names_a_column_twice(column_names_t<target>{});
      return conflict_clause<Insert, target>{insert};
    } else if constexpr (whole_key || one_unique) {
      return conflict_clause<Insert, target>{insert};
    } else if constexpr (key::size > 1 && meta::is_subset<target, key>) {
      on_conflict_names_part_of_the_key(column_names_t<target>{}, column_names_t<key>{});
      return conflict_clause<Insert, target>{insert};
    } else {
      (
          [] {
            if constexpr (!Columns::is_primary_key && !Columns::is_unique)
              on_conflict_needs_unique_column<column_name_t<Columns>>();
          }(),
          ...);
      if constexpr (((Columns::is_primary_key || Columns::is_unique) && ...))
        on_conflict_names_two_keys(column_names_t<target>{});
      return conflict_clause<Insert, target>{insert};
    }
  }
}

}  // namespace ctql
