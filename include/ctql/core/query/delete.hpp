#pragma once
// delete_from(t).where(cond) or .unconditionally(). Without either, running the statement does
// not compile. The DELETE verb: its clause (clause/where.hpp) and its rules.
#include "ctql/core/check.hpp"
#include "ctql/core/clause/where.hpp"
#include "ctql/core/query/returning.hpp"
#include "ctql/core/query/statement.hpp"
#include "ctql/core/schema/table.hpp"

namespace ctql {

template <class Table>
constexpr void delete_without_where() {
  static_assert(always_false<Table>,
                "ctql: delete_from() without where() would delete every row; add .where(...) or "
                "say .unconditionally()");
}
template <class... OtherTables>
constexpr void delete_uses_other_table(type_list<OtherTables...>) {
  static_assert(always_false<OtherTables...>,
                "ctql: delete_from().where() uses a column of a table other than the one it "
                "deletes from; use exists(select(...)) or in(select(...)) to look at other tables");
}

/// DELETE FROM t WHERE ...
template <class Table>
struct delete_verb {
  using slots = type_list<where_kind>;
  using provided_tables = type_list<Table>;
  template <class Ctx>
  static constexpr void render_head(Ctx& ctx) {
    ctx.text("DELETE FROM ");
    ctx.identifier(Table::sql_name);
  }
  template <class Statement, bool TopLevel>
  static constexpr bool check() {
    using other = meta::unique<meta::difference<typename Statement::tables, type_list<Table>>>;
    if constexpr (!says_which_rows<Statement>) {
      delete_without_where<Table>();
      return false;
    } else if constexpr (other::size != 0) {
      delete_uses_other_table(other{});
      return false;
    } else {
      return true;
    }
  }
  template <class Statement, class... Clauses>
  struct part : where_or_unconditionally_methods<Statement>, returning_methods<Statement> {
    static constexpr statement_kind kind = statement_kind::change;
    using table = Table;
  };
};

/// `delete_from(users)`
template <table_type Table>
constexpr clause_statement<delete_verb<Table>, absent> delete_from(const Table&) {
  return {};
}

}  // namespace ctql
