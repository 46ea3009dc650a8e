#pragma once
// The other tables an UPDATE reads: update(users).set(users.post_count = top[n]).from(top).where(...).
// The source is what from() takes in a select: a table, an alias, a derived table, a CTE or a join;
// its columns may be used in set() and where(). How each dialect writes it (update_from_style):
// - PostgreSQL, SQLite 3.33+: UPDATE "users" SET "post_count" = "top"."n" FROM (SELECT ...) AS "top" WHERE ...,
//   a CTE's WITH in front of UPDATE;
// - MySQL, MariaDB: UPDATE `users`, (SELECT ...) AS `top` SET `users`.`post_count` = `top`.`n` WHERE ...,
//   each SET column qualified (several tables may have it). MariaDB takes no WITH in front of UPDATE,
//   so a CTE source is written as a derived table that holds the WITH:
//   UPDATE `users`, (WITH `x` AS (...) SELECT * FROM `x`) AS `x` SET ...
// Values are bound in SQL order: on MySQL the source comes before SET, on the others after it; the
// connectors bind in one order, so there a source that binds values in place (not through a CTE)
// cannot go with a set() that binds values too: a ctql: error names MySQL.
#include "ctql/core/check.hpp"
#include "ctql/core/clause/absent.hpp"
#include "ctql/core/clause/from.hpp"
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
template <class Dialect, class Source>
constexpr void update_from_cte_in_join() {
  static_assert(always_false<Dialect, Source>,
                "ctql: MySQL and MariaDB have no WITH in front of UPDATE, so update().from() takes a CTE there "
                "only as the whole source, not in a join; join inside a derived table "
                "(select(...).from(cte.join(...)).as<name>()) instead");
}
template <class Dialect, class Source>
constexpr void update_from_and_set_both_bind_values() {
  static_assert(always_false<Dialect, Source>,
                "ctql: on MySQL and MariaDB update().from()'s source comes before SET, and both bind values "
                "here; the connectors bind in the other order, so move the source's values into a CTE "
                "(from(cte<name>(...))) or the set() values into where() or a column");
}

namespace detail {
/// Whether Source is a CTE itself (rendered by name; its values bound in the WITH).
template <class Source>
concept cte_itself = requires { Source::is_recursive; };
}  // namespace detail

template <class Source>
struct update_from_clause : from_clause<Source> {
  /// PostgreSQL and SQLite: ` FROM source` after SET (MySQL's is in the head: render_multi_table).
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    if constexpr (Ctx::dialect::update_from == update_from_style::from_clause) from_clause<Source>::render(ctx);
  }
  /// MySQL: `, source` after the updated table; a CTE as a derived table that holds the WITH of
  /// Ctes (the statement's). SetBinds: whether the statement's set() binds values.
  template <bool SetBinds, class Ctx, class... Ctes>
  static constexpr void render_multi_table(Ctx& ctx, type_list<Ctes...> ctes) {
    using D = typename Ctx::dialect;
    ctx.text(", ");
    if constexpr (sizeof...(Ctes) == 0) {
      if constexpr (SetBinds && Source::binds_values) update_from_and_set_both_bind_values<D, Source>();
      Source::render_source(ctx);
    } else if constexpr (!detail::cte_itself<Source>) {
      update_from_cte_in_join<D, Source>();
    } else {
      ctx.text("(");
      render_with(ctx, ctes);
      ctx.text("SELECT * FROM ");
      ctx.identifier(Source::sql_name);
      ctx.text(") AS ");
      ctx.identifier(Source::sql_name);
    }
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
