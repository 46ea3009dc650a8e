#pragma once
// delete_from(t).where(cond) or .unconditionally(). Without either, running the statement does
// not compile. The DELETE verb: its clause (clause/where.hpp) and its rules.
#include "ctql/core/check.hpp"
#include "ctql/core/clause/where.hpp"
#include "ctql/core/query/table_change.hpp"
#include "ctql/core/query/statement.hpp"
#include "ctql/core/schema/table.hpp"

namespace ctql {

/// The DELETE verb's own messages.
struct delete_messages {
  template <class Table>
  static constexpr void without_where() {
    static_assert(always_false<Table>,
                  "ctql: delete_from() without where() would delete every row; add .where(...) or "
                  "say .unconditionally()");
  }
  template <class Table>
  static constexpr void where_can_vanish() {
    static_assert(always_false<Table>,
                  "ctql: delete_from().where() has only maybe(), dynamic() or or_each() parts, so when all are "
                  "absent it has no condition and would delete every row; add a condition that is always there, "
                  "or run the delete only when a part is given (x.in(range) with an empty range matches no row)");
  }
  template <class... OtherTables>
  static constexpr void other_tables(type_list<OtherTables...>) {
    static_assert(always_false<OtherTables...>,
                  "ctql: delete_from().where() uses a column of a table other than the one it "
                  "deletes from; use exists(select(...)) or in(select(...)) to look at other tables");
  }
};

/// DELETE FROM t WHERE ...
template <class Table>
struct delete_verb : table_change_verb<Table, delete_messages> {
  using slots = type_list<where_kind>;
  template <class Ctx>
  static constexpr void render_head(Ctx& ctx) {
    ctx.text("DELETE FROM ");
    ctx.identifier(Table::sql_name);
  }
};

/// `delete_from(users)`
template <table_type Table>
constexpr clause_statement<delete_verb<Table>, absent> delete_from(const Table&) {
  return {};
}

}  // namespace ctql
