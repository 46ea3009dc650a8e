#pragma once
// update(t).set(t.a = 1).where(cond) or .unconditionally(). Without either, running the
// statement does not compile. The UPDATE verb: its clauses (clause/set.hpp, clause/where.hpp)
// and its rules.
#include <type_traits>

#include "ctql/core/check.hpp"
#include "ctql/core/clause/set.hpp"
#include "ctql/core/clause/where.hpp"
#include "ctql/core/query/insert.hpp"
#include "ctql/core/query/table_change.hpp"
#include "ctql/core/query/statement.hpp"

namespace ctql {

/// The UPDATE verb's own messages.
struct update_messages {
  template <class Table>
  static constexpr void without_where() {
    static_assert(always_false<Table>,
                  "ctql: update() without where() would change every row; add .where(...) or say "
                  ".unconditionally()");
  }
  template <class... OtherTables>
  static constexpr void other_tables(type_list<OtherTables...>) {
    static_assert(always_false<OtherTables...>,
                  "ctql: update() uses a column of a table other than the one it updates; use "
                  "exists(select(...)) or in(select(...)) to look at other tables");
  }
};

/// UPDATE t SET a = ?, b = ? WHERE ...
template <class Table>
struct update_verb : table_change_verb<Table, update_messages> {
  using slots = type_list<set_kind, where_kind>;
  /// RETURNING after an UPDATE is a capability of its own (returning.hpp).
  static constexpr bool is_update = true;
  template <class Ctx>
  static constexpr void render_head(Ctx& ctx) {
    ctx.text("UPDATE ");
    ctx.identifier(Table::sql_name);
  }
};

/// update(t), waiting for set().
template <class Table>
struct update_start {
  /// `.set(users.age = users.age + 1)`
  template <class... Assignments>
  constexpr auto set(const Assignments&... assignments) const {
    static_assert(sizeof...(Assignments) > 0, "ctql: set() needs at least one assignment");
    using failed = clause_statement<update_verb<Table>, set_clause<>, unconditionally_clause>;
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
