#pragma once
// update(t).set(t.a = 1).where(cond) or .unconditionally(); delete_from(t).where(cond) or
// .unconditionally(). Without either, running the statement does not compile.
#include <type_traits>

#include "ctql/core/check.hpp"
#include "ctql/core/query/insert.hpp"

namespace ctql {

/// UPDATE t SET a = ?, b = ? WHERE ...
template <class Table, class Where, class... Assignments>
struct update_statement : statement_tag {
  node_list<Assignments...> assignments;
  Where where_;

  using table = Table;
  using free_tables = type_list<>;
  using params = meta::concat<typename Assignments::params..., typename Where::params>;
  static constexpr bool is_dynamic = (Where::is_dynamic || ... || Assignments::is_dynamic);

  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text("UPDATE ");
    ctx.identifier(Table::sql_name);
    ctx.text(" SET ");
    std::size_t i = 0;
    ((ctx.text(i++ == 0 ? "" : ", "), ctx.identifier(Assignments::column::sql_name), ctx.text(" = "),
      Assignments::render_value(ctx)),
     ...);
    Where::render(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    assignments.for_each([&](const auto& a) { a.visit(f); });
    where_.visit(f);
  }
  template <bool TopLevel>
  static constexpr bool check() {
    if constexpr (is_absent<Where>) {
      update_without_where<Table>();
      return false;
    } else {
      using other = meta::unique<meta::difference<
          meta::concat<typename Assignments::tables..., typename Where::tables>, type_list<Table>>>;
      if constexpr (other::size != 0) {
        update_uses_other_table(other{});
        return false;
      }
      return true;
    }
  }

  /// `.where(users.id == 7)`
  template <class Condition>
  constexpr auto where(const Condition& condition) const {
    if constexpr (!is_absent<Where>) {
      clause_given_twice<Where>();
      return *this;
    } else if constexpr (!boolean_expression<Condition>) {
      where_needs_boolean<Condition>();
      return *this;
    } else if constexpr (Condition::has_aggregate) {
      where_uses_aggregate<Condition>();
      return *this;
    } else {
      return update_statement<Table, where_clause<Condition>, Assignments...>{{}, assignments, {{}, condition}};
    }
  }
  /// Every row, on purpose.
  constexpr auto unconditionally() const {
    return update_statement<Table, unconditionally_clause, Assignments...>{{}, assignments, {}};
  }
  /// `.returning(users.id)`: the changed rows' values (SQLite, PostgreSQL).
  template <class... Items>
    requires(!is_absent<Where>)
  constexpr auto returning(const Items&... items) const {
    return make_returning(*this, items...);
  }

};

/// update(t), waiting for set().
template <class Table>
struct update_start {
  /// `.set(users.age = users.age + 1)`
  template <class... Assignments>
  constexpr auto set(const Assignments&... assignments) const {
    static_assert(sizeof...(Assignments) > 0, "ctql: set() needs at least one assignment");
    if constexpr (!(is_assignment<Assignments> && ...)) {
      (
          [] {
            if constexpr (!is_assignment<Assignments>) set_takes_assignments<Assignments>();
          }(),
          ...);
      return update_statement<Table, unconditionally_clause>{};
    } else if constexpr (!detail::check_target_columns<Table, false, typename Assignments::column...>()) {
      return update_statement<Table, unconditionally_clause>{};
    } else {
      return update_statement<Table, absent, Assignments...>{{}, {{assignments}...}, {}};
    }
  }
};

/// `update(users)`
template <table_type Table>
constexpr update_start<Table> update(const Table&) {
  return {};
}

/// DELETE FROM t WHERE ...
template <class Table, class Where>
struct delete_statement : statement_tag {
  Where where_;

  using table = Table;
  using free_tables = type_list<>;
  using params = typename Where::params;
  static constexpr bool is_dynamic = Where::is_dynamic;

  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text("DELETE FROM ");
    ctx.identifier(Table::sql_name);
    Where::render(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    where_.visit(f);
  }
  template <bool TopLevel>
  static constexpr bool check() {
    if constexpr (is_absent<Where>) {
      delete_without_where<Table>();
      return false;
    } else {
      using other = meta::unique<meta::difference<typename Where::tables, type_list<Table>>>;
      if constexpr (other::size != 0) {
        delete_uses_other_table(other{});
        return false;
      }
      return true;
    }
  }

  /// `.where(users.email.is_null())`
  template <class Condition>
  constexpr auto where(const Condition& condition) const {
    if constexpr (!is_absent<Where>) {
      clause_given_twice<Where>();
      return *this;
    } else if constexpr (!boolean_expression<Condition>) {
      where_needs_boolean<Condition>();
      return *this;
    } else if constexpr (Condition::has_aggregate) {
      where_uses_aggregate<Condition>();
      return *this;
    } else {
      return delete_statement<Table, where_clause<Condition>>{{}, {{}, condition}};
    }
  }
  /// Every row, on purpose.
  constexpr auto unconditionally() const { return delete_statement<Table, unconditionally_clause>{{}, {}}; }
  /// `.returning(users.id)`: the changed rows' values (SQLite, PostgreSQL).
  template <class... Items>
    requires(!is_absent<Where>)
  constexpr auto returning(const Items&... items) const {
    return make_returning(*this, items...);
  }

};

/// `delete_from(users)`
template <table_type Table>
constexpr delete_statement<Table, absent> delete_from(const Table&) {
  return {{}, {}};
}

}  // namespace ctql
