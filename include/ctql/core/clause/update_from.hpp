#pragma once
// The other tables an UPDATE reads: update(users).set(users.post_count = top[n]).from(top).where(...).
// The source is what from() takes in a select: a table, an alias, a derived table, a CTE or a join;
// its columns may be used in set() and where(). How each dialect writes it (update_from_style):
// - PostgreSQL, SQLite 3.33+: UPDATE "users" SET "post_count" = "top"."n" FROM (SELECT ...) AS "top" WHERE ...,
//   a CTE's WITH in front of UPDATE;
// - MySQL, MariaDB: UPDATE `users`, (SELECT ...) AS `top` SET `users`.`post_count` = `top`.`n` WHERE ...,
//   each SET column qualified (several tables may have it). MariaDB takes no WITH in front of UPDATE,
//   so each CTE of the source, alone or in a join, is written where it is read, as a derived table
//   that holds the WITH it needs: UPDATE `users`, (WITH `x` AS (...) SELECT * FROM `x`) AS `x` SET ...
// Values are bound in the order the dialect writes them: the update verb visits its parts in its
// rendering order (query/update.hpp: visit_statement), so on MySQL the source's values come before
// SET's, and a CTE's where the CTE is written.
#include "ctql/core/check.hpp"
#include "ctql/core/clause/absent.hpp"
#include "ctql/core/clause/from.hpp"
#include "ctql/core/clause/join.hpp"
#include "ctql/core/clause/with.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/query/statement.hpp"
#include "ctql/core/render/dialect.hpp"

namespace ctql {

struct update_from_kind {};

template <class Table>
constexpr void update_from_names_updated_table() {
  static_assert(always_false<Table>,
                "ctql: update(t).from() names the table it updates; its rows are already there: read "
                "another copy of it through an alias, from(t.as<name>())");
}

namespace detail {
/// Whether Source is a CTE itself (rendered by name; its values bound in the WITH).
template <class Source>
concept cte_itself = requires { Source::is_recursive; };

/// MySQL/MariaDB: how an UPDATE's source writes and binds its sides (clause/join.hpp): each CTE in
/// place, `(WITH "c" AS (...) SELECT * FROM "c") AS "c"`, with the CTEs it reads itself, its values
/// bound there; a join's sides the same way; anything else as it is.
struct ctes_in_place {
  template <class Side, class Ctx>
  static constexpr void render(Ctx& ctx) {
    if constexpr (is_join_source<Side>) {
      Side::template render_source<Ctx, ctes_in_place>(ctx);
    } else if constexpr (cte_itself<Side>) {
      ctx.text("(");
      render_with(ctx, ctes_of<Side>{});
      ctx.text("SELECT * FROM ");
      ctx.identifier(Side::sql_name);
      ctx.text(") AS ");
      ctx.identifier(Side::sql_name);
    } else {
      Side::render_source(ctx);
    }
  }
  template <class Side, class F>
  static constexpr void visit(const Side& side, F& f) {
    if constexpr (is_join_source<Side>) {
      side.template visit<F, ctes_in_place>(f);
    } else if constexpr (cte_itself<Side>) {
      [&]<class... Ctes>(type_list<Ctes...>) {
        (::ctql::find_cte<Ctes>(side)->visit_definition(f), ...);
      }(ctes_of<Side>{});
    } else {
      visit_part(side, f);
    }
  }
};
}  // namespace detail

template <class Source>
struct update_from_clause : from_clause<Source> {
  /// PostgreSQL and SQLite: ` FROM source` after SET (MySQL's is in the head: render_multi_table).
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    if constexpr (Ctx::dialect::update_from == update_from_style::from_clause) from_clause<Source>::render(ctx);
  }
  /// MySQL: `, source` after the updated table, each CTE in place (the statement has no WITH).
  template <class Ctx>
  static constexpr void render_multi_table(Ctx& ctx) {
    ctx.text(", ");
    detail::ctes_in_place::render<Source>(ctx);
  }
  /// The values render_multi_table writes, in its order.
  template <class F>
  constexpr void visit_multi_table(F& f) const {
    detail::ctes_in_place::visit(this->source, f);
  }
  template <class Statement, bool TopLevel>
  static constexpr bool check() {
    using table = typename Statement::table;
    if constexpr (meta::contains<table, typename Source::provided_tables>) {
      update_from_names_updated_table<table>();
      return false;
    } else {
      return from_clause<Source>::template check<Statement, TopLevel>();
    }
  }
};

/// `.from(top)` on an update: `.from(posts)`, `.from(select(...).as<"top">())`, `.from(cte)`
template <class Statement, class Source>
constexpr auto add_update_from(const Statement& self, const Source& source) {
  using current = typename Statement::template clause<update_from_kind>;
  if constexpr (!is_absent<current>) {
    clause_given_twice<current>();
    return self;
  } else if constexpr (!source_fits_from<Source>()) {
    return self;
  } else {
    return with_clause<update_from_kind>(self, update_from_clause<Source>{{{}, source}});
  }
}

}  // namespace ctql
