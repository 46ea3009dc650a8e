#pragma once
// update(t).set(t.a = 1).where(cond) or .unconditionally(). Without either, running the
// statement does not compile. update(t).set(...).from(source).where(...) reads other tables
// (clause/update_from.hpp). The UPDATE verb: its clauses (clause/set.hpp, clause/update_from.hpp,
// clause/where.hpp) and its rules.
#include <type_traits>

#include "ctql/core/check.hpp"
#include "ctql/core/clause/absent.hpp"
#include "ctql/core/clause/set.hpp"
#include "ctql/core/clause/update_from.hpp"
#include "ctql/core/clause/with.hpp"
#include "ctql/core/clause/where.hpp"
#include "ctql/core/query/insert.hpp"
#include "ctql/core/query/table_change.hpp"
#include "ctql/core/query/statement.hpp"
#include "ctql/core/render/dialect.hpp"

namespace ctql {

/// The UPDATE verb's own messages.
struct update_messages {
  template <class Table>
  static constexpr void without_where() {
    static_assert(always_false<Table>,
                  "ctql: update() without where() would change every row; add .where(...) or say "
                  ".unconditionally()");
  }
  template <class Table>
  static constexpr void where_can_vanish() {
    static_assert(always_false<Table>,
                  "ctql: update().where() has only maybe(), dynamic() or or_each() parts, so when all are "
                  "absent it has no condition and would change every row; add a condition that is always there, "
                  "or run the update only when a part is given (x.in(range) with an empty range matches no row)");
  }
  template <class... OtherTables>
  static constexpr void other_tables(type_list<OtherTables...>) {
    static_assert(always_false<OtherTables...>,
                  "ctql: update() uses a column of a table other than the one it updates and those in its "
                  "from(); add the table with .from(...), or use exists(select(...)) or in(select(...))");
  }
};

/// UPDATE t SET a = ?, b = ? [FROM source] WHERE ...
template <class Table>
struct update_verb : table_change_verb<Table, update_messages> {
  // Slot order, SET, FROM, WHERE, is SQL order where the dialect writes FROM after SET; where it
  // writes the source first (MySQL), render_statement and visit_statement follow that order.
  using slots = type_list<set_kind, update_from_kind, where_kind>;
  /// RETURNING after an UPDATE is a capability of its own (returning.hpp).
  static constexpr bool is_update = true;
  template <class Ctx>
  static constexpr void render_head(Ctx& ctx) {
    ctx.text("UPDATE ");
    ctx.identifier(Table::sql_name);
  }
  /// Whether Dialect writes Statement's from() source before SET: `UPDATE t, source SET ...`.
  template <class Dialect, class Statement>
  static constexpr bool source_before_set = Dialect::update_from == update_from_style::multi_table &&
                                            !is_absent<typename Statement::template clause<update_from_kind>>;
  template <class Statement, class Ctx>
  static constexpr void render_statement(Ctx& ctx) {
    if constexpr (source_before_set<typename Ctx::dialect, Statement>) {
      render_head(ctx);
      Statement::template clause<update_from_kind>::render_multi_table(ctx);
      Statement::template clause<set_kind>::template render_items<true>(ctx);
      Statement::template clause<where_kind>::render(ctx);
    } else {
      if constexpr (Statement::ctes::size != 0) render_with(ctx, typename Statement::ctes{});
      Statement::render_body(ctx);
    }
  }
  /// Visits Statement's values in the order render_statement writes them for Dialect: what a
  /// connector binds to the placeholders (`?` in order, PostgreSQL's $n).
  template <class Dialect, class Statement, class F>
  static constexpr void visit_statement(const Statement& statement, F& f) {
    if constexpr (source_before_set<Dialect, Statement>) {
      clause_of<update_from_kind>(statement).visit_multi_table(f);
      visit_part(clause_of<set_kind>(statement), f);
      visit_part(clause_of<where_kind>(statement), f);
    } else {
      visit_part(statement, f);
    }
  }

  template <class Statement, class... Clauses>
  struct part : table_change_verb<Table, update_messages>::template part<Statement, Clauses...> {
    /// `.from(top)`: the other tables set() and where() read (a table, an alias, a derived table,
    /// a CTE or a join).
    template <class Source>
    constexpr auto from(const Source& source) const {
      return add_update_from(static_cast<const Statement&>(*this), source);
    }
  };
};

/// update(t), waiting for set().
template <class Table>
struct update_start {
  /// `.set(users.age = users.age + 1)`
  template <class... Assignments>
  constexpr auto set(const Assignments&... assignments) const {
    static_assert(sizeof...(Assignments) > 0, "ctql: set() needs at least one assignment");
    using failed = clause_statement<update_verb<Table>, set_clause<>, absent, unconditionally_clause>;
    if constexpr (!(is_assignment<Assignments> && ...)) {
      (
          [] {
            if constexpr (!is_assignment<Assignments>) set_takes_assignments<Assignments>();
          }(),
          ...);
      return failed{};
    } else if constexpr (!detail::check_target_columns<Table, false, typename Assignments::column...>()) {
      return failed{};
    } else {
      return statement_starting_with<update_verb<Table>>(set_clause<Assignments...>{{}, {{assignments}...}});
    }
  }
};

/// `update(users)`
template <table_type Table>
constexpr update_start<Table> update(const Table&) {
  return {};
}

}  // namespace ctql
