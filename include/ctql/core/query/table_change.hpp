#pragma once
// What UPDATE and DELETE share: they change rows of one table, say which rows (where() or
// .unconditionally()), read no other table but those an update's from() names (a subquery looks
// at others), and may return the changed rows.
#include "ctql/core/clause/where.hpp"
#include "ctql/core/query/returning.hpp"
#include "ctql/core/query/statement.hpp"

namespace ctql {

/// The base of a verb that changes rows of Table. Messages has `without_where<Table>()`,
/// `where_can_vanish<Table>()` and `other_tables(type_list<...>)`, worded for the verb.
template <class Table, class Messages>
struct table_change_verb {
  using provided_tables = type_list<Table>;
  template <class Statement, bool TopLevel>
  static constexpr bool check() {
    // Those of an update's from() are provided too.
    using other = meta::unique<meta::difference<typename Statement::tables, typename Statement::provided_tables>>;
    if constexpr (!says_which_rows<Statement>) {
      Messages::template without_where<Table>();
      return false;
    } else if constexpr (where_can_vanish<Statement>()) {
      Messages::template where_can_vanish<Table>();
      return false;
    } else if constexpr (other::size != 0) {
      Messages::other_tables(other{});
      return false;
    } else {
      return true;
    }
  }
  template <class Statement, class... Clauses>
  struct part {
    static constexpr statement_kind kind = statement_kind::change;
    using table = Table;
    /// `.where(users.id == 7)`
    template <class Condition>
    constexpr auto where(const Condition& condition) const {
      return add_where(static_cast<const Statement&>(*this), condition);
    }
    /// Every row, on purpose.
    constexpr auto unconditionally() const { return add_unconditionally(static_cast<const Statement&>(*this)); }
    /// `.returning(users.id)`: the changed rows' values (SQLite, PostgreSQL; MariaDB after a delete).
    template <class... Items>
    constexpr auto returning(const Items&... items) const {
      return make_returning(static_cast<const Statement&>(*this), items...);
    }
  };
};

}  // namespace ctql
