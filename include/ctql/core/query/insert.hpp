#pragma once
// insert_into(t).set(t.a = 1, t.b = "x"), insert_into(t).columns(t.a, t.b).values(range),
// insert_into(t).default_values(), insert_into(t).columns(t.a, t.b).from_select(query)
#include <cstddef>
#include <iterator>
#include <tuple>
#include <type_traits>
#include <utility>


#include "ctql/core/check.hpp"
#include "ctql/core/expr/assignment.hpp"
#include "ctql/core/expr/kept_range.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/meta/lean_std.hpp"
#include "ctql/core/meta/node_list.hpp"
#include "ctql/core/query/returning.hpp"
#include "ctql/core/query/statement.hpp"
#include "ctql/core/schema/column_name.hpp"
#include "ctql/core/schema/table.hpp"

namespace ctql {

namespace detail {
// The table's columns that an insert must give but `Given` leaves out. (This was a Boost.Hana
// filter; a fold over type_list says the same and spares every program 0.08 s of Hana's headers,
// the only ones ctql included: docs/benchmarks.md.)
template <class Given, class Table>
struct missing_required_columns_impl;
template <class Given, class... TableColumns>
struct missing_required_columns_impl<Given, type_list<TableColumns...>> {
  // Only a table's single integer primary key is assigned by the database.
  static constexpr bool single_key = (0 + ... + (TableColumns::is_primary_key ? 1 : 0)) == 1;
  template <class C>
  static constexpr bool required = C::is_required || (C::is_auto_assigned && !single_key);
  using type = meta::concat<
      std::conditional_t<required<TableColumns> && !meta::contains<TableColumns, Given>, type_list<TableColumns>,
                         type_list<>>...>;
};
template <class Given, class Table>
using missing_required_columns = typename missing_required_columns_impl<Given, columns_of<Table>>::type;

// The first column that appears twice; void if none does.
template <class List, class Seen = type_list<>>
struct first_repeated_impl {
  using type = void;
};
template <class T, class... Rest, class... Seen>
struct first_repeated_impl<type_list<T, Rest...>, type_list<Seen...>>
    : std::conditional_t<meta::contains<T, type_list<Seen...>>, std::type_identity<T>,
                         first_repeated_impl<type_list<Rest...>, type_list<Seen..., T>>> {};
template <class... Columns>
using first_repeated = typename first_repeated_impl<type_list<Columns...>>::type;

// Checks the columns an insert or update names; true when all is well.
template <class Table, bool NeedsAllRequired, class... Columns>
constexpr bool check_target_columns() {
  constexpr bool own = (std::is_same_v<typename Columns::table, Table> && ...);
  if constexpr (!own) {
    (
        [] {
          if constexpr (!std::is_same_v<typename Columns::table, Table>) column_of_other_table<Table, column_name_t<Columns>>();
        }(),
        ...);
    return false;
  } else if constexpr (!std::is_void_v<first_repeated<Columns...>>) {
    column_given_twice<column_name_t<first_repeated<Columns...>>>();
    return false;
  } else if constexpr (NeedsAllRequired) {
    using missing = missing_required_columns<type_list<Columns...>, Table>;
    if constexpr (missing::size != 0) {
      insert_misses_required_column(column_names_t<missing>{});
      return false;
    } else {
      return true;
    }
  } else {
    return true;
  }
}

template <class Ctx, class... Columns>
constexpr void render_column_names(Ctx& ctx) {
  ctx.text("(");
  std::size_t i = 0;
  ((ctx.text(i++ == 0 ? "" : ", "), ctx.identifier(Columns::sql_name)), ...);
  ctx.text(")");
}
}  // namespace detail

/// INSERT INTO t (a, b) VALUES (?, ?)
template <class Table, class... Assignments>
struct insert_statement : statement_tag, returning_methods<insert_statement<Table, Assignments...>> {
  static constexpr statement_kind kind = statement_kind::change;
  static constexpr bool inserts_every_row = true;  // see plain_insert
  node_list<Assignments...> assignments;

  using table = Table;
  using free_tables = type_list<>;
  using params = meta::concat<typename Assignments::params...>;
  static constexpr bool is_dynamic = (false || ... || Assignments::is_dynamic);

  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text("INSERT INTO ");
    ctx.identifier(Table::sql_name);
    ctx.text(" ");
    detail::render_column_names<Ctx, typename Assignments::column...>(ctx);
    ctx.text(" VALUES (");
    std::size_t i = 0;
    ((ctx.text(i++ == 0 ? "" : ", "), Assignments::render_value(ctx)), ...);
    ctx.text(")");
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_parts(assignments, f);
  }
  template <bool TopLevel>
  static constexpr bool check() {
    using read = meta::unique<meta::concat<typename Assignments::tables...>>;
    if constexpr (read::size != 0) {
      inserted_value_reads_column(read{});
      return false;
    }
    return true;
  }

  /// `.on_conflict(users.email).do_nothing()` or `.do_update(users.name = excluded(users.name))`;
  /// a composite key is named whole: `.on_conflict(tags.post_id, tags.tag)`.
  template <class... Columns>
  constexpr auto on_conflict(const Columns&... columns) const {
    return make_conflict_clause(*this, columns...);
  }
};

/// INSERT INTO t DEFAULT VALUES
template <class Table>
struct insert_default_statement : statement_tag {
  static constexpr statement_kind kind = statement_kind::change;
  static constexpr bool inserts_every_row = true;  // see plain_insert
  using table = Table;
  using free_tables = type_list<>;
  using params = type_list<>;
  static constexpr bool is_dynamic = false;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text("INSERT INTO ");
    ctx.identifier(Table::sql_name);
    ctx.text(Ctx::dialect::default_values_insert);
  }
  template <class F>
  constexpr void visit(F&) const {}
  template <bool TopLevel>
  static constexpr bool check() {
    return true;
  }
};

/// INSERT INTO t (a, b) VALUES (?, ?), (?, ?), ...: one row per element of a range, so the
/// SQL is rendered at run time. Range is what keep_range() keeps: the statement's own copy, or a
/// pointer for ctql::ref(rows).
template <class Table, class Range, class... Columns>
struct insert_values_statement : statement_tag {
  static constexpr statement_kind kind = statement_kind::bulk_insert;
  static constexpr bool inserts_every_row = true;  // see plain_insert
  mutable Range range;  // views such as filter_view are read only through non-const access

  using table = Table;
  using free_tables = type_list<>;
  using params = type_list<>;
  using columns = type_list<Columns...>;
  static constexpr bool is_dynamic = true;

  auto& rows() const { return kept_elements(range); }
  /// The statement for `row_count` rows (connectors split a large range into batches).
  template <class Ctx>
  static void render_rows(Ctx& ctx, std::size_t row_count) {
    ctx.text("INSERT INTO ");
    ctx.identifier(Table::sql_name);
    ctx.text(" ");
    detail::render_column_names<Ctx, Columns...>(ctx);
    ctx.text(" VALUES ");
    for (std::size_t r = 0; r < row_count; ++r) {
      ctx.text(r == 0 ? "(" : ", (");
      for (std::size_t c = 0; c < sizeof...(Columns); ++c) {
        if (c > 0) ctx.text(", ");
        ctx.placeholder();
      }
      ctx.text(")");
    }
  }
  template <class Ctx>
  static void render(Ctx& ctx) {
    render_rows(ctx, ctx.dynamic_size());
  }
  /// Calls f on each value of one row, in column order. A row the range produced as a
  /// temporary has its values passed as bound_copy.
  template <class Reference, class Row, class F>
  static void visit_row(const Row& row, F& f) {
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      (visit_column<Columns, Reference>(f, std::get<I>(row)), ...);
    }(std::index_sequence_for<Columns...>{});
  }
  template <class Column, class Reference, class F, class Element>
  static void visit_column(F& f, const Element& element) {
    if constexpr (category_of<typename Column::value_type>() == category::custom) {
      naming_column<Column>([&] { visit_element<std::conditional_t<std::is_lvalue_reference_v<Reference>, int&, int>>(f, element); });
    } else if constexpr (converts_for_column<typename Column::value_type, Element>) {
      const auto converted = column_value<typename Column::value_type>(element);  // gone when f returns
      f(bound_copy<std::remove_const_t<decltype(converted)>>{converted});
    } else {
      visit_element<std::conditional_t<std::is_lvalue_reference_v<Reference>, int&, int>>(f, element);
    }
  }
  using row_reference = std::ranges::range_reference_t<std::remove_pointer_t<Range>>;
  template <class F>
  void visit(F& f) const {
    if constexpr (requires { f.dynamic_size(std::size_t{}); })
      f.dynamic_size(static_cast<std::size_t>(std::ranges::distance(rows())));
    if constexpr (!visitor_ignores_values<F>)
      for (auto&& row : rows()) visit_row<row_reference>(row, f);
  }
  template <bool TopLevel>
  static constexpr bool check() {
    return true;
  }
};

/// An INSERT that inserts a row for every row it gives: not an upsert, whose DO UPDATE changes an
/// existing row instead (so it may insert nothing).
template <class Q>
concept plain_insert = requires { Q::inserts_every_row; };

/// insert_into(t).columns(t.a, t.b), waiting for values(range) or from_select(query).
template <class Table, class... Columns>
struct insert_columns {
  /// `.from_select(select(users.id, users.name).from(users))`: INSERT ... SELECT
  /// (core/query/insert_select.hpp).
  template <class Query>
  constexpr auto from_select(const Query& query) const {
    return make_insert_select(type_list<Table, Columns...>{}, query);
  }
  /// `.values(rows)`: any range of tuples, one element per column.
  template <class R>
  auto values(R&& rows) const {
    using Range = referred_range_t<R>;
    using Row = std::ranges::range_value_t<Range>;
    if constexpr (!row_matches<Row>()) {
      values_row_does_not_match_columns<Row, Columns...>();
      return insert_default_statement<Table>{};
    } else if constexpr (!std::ranges::forward_range<Range>) {
      range_read_once<Range>();
      return insert_default_statement<Table>{};
    } else {
      using Stored = stored_row_t<Row>;
      return insert_values_statement<Table, kept_range_t<R, Stored>, Columns...>{{},
                                                                              keep_range<Stored>(std::forward<R>(rows))};
    }
  }

 private:
  template <class Row>
  static constexpr bool row_matches() {
    if constexpr (!requires { std::tuple_size<Row>::value; }) {
      return false;
    } else if constexpr (std::tuple_size_v<Row> != sizeof...(Columns)) {
      return false;
    } else {
      return []<std::size_t... I>(std::index_sequence<I...>) {
        return (assignable<Columns, std::remove_cvref_t<std::tuple_element_t<I, Row>>>() && ...) &&
               ((!is_optional_v<std::remove_cvref_t<std::tuple_element_t<I, Row>>> ||
                 Columns::is_nullable) && ...);
      }(std::index_sequence_for<Columns...>{});
    }
  }
};

template <class Table>
constexpr void columns_names_no_column() {
  static_assert(always_false<Table>,
                "ctql: columns() names no column, so values() would insert rows of nothing; name the columns "
                "the rows give, or insert a row of defaults with insert_into(t).default_values()");
}

/// insert_into(t), waiting for set(), columns() or default_values().
template <class Table>
struct insert_into_start {
  /// `.set(users.name = "Alice", users.age = 30)`: every NOT NULL column without a default.
  template <class... Assignments>
  constexpr auto set(const Assignments&... assignments) const {
    if constexpr (!(is_assignment<Assignments> && ...)) {
      (
          [] {
            if constexpr (!is_assignment<Assignments>) set_takes_assignments<Assignments>();
          }(),
          ...);
      return insert_default_statement<Table>{};
    } else if constexpr (!detail::check_target_columns<Table, true, typename Assignments::column...>()) {
      return insert_default_statement<Table>{};
    } else if constexpr (sizeof...(Assignments) == 0) {
      // No column given (a table of only its key, say): a row of defaults, as each dialect writes
      // it (`INSERT INTO t () VALUES ()` is MySQL's alone).
      return insert_default_statement<Table>{};
    } else {
      return insert_statement<Table, Assignments...>{{}, {}, {{assignments}...}};
    }
  }
  /// `.columns(users.name, users.age)`, then `.values(rows)`.
  template <class... Columns>
  constexpr auto columns(const Columns&...) const {
    if constexpr (sizeof...(Columns) == 0) {
      columns_names_no_column<Table>();
    } else if constexpr (!(is_column<Columns> && ...)) {
      (
          [] {
            if constexpr (!is_column<Columns>) columns_takes_columns<Columns>();
          }(),
          ...);
    } else {
      detail::check_target_columns<Table, true, Columns...>();
    }
    return insert_columns<Table, Columns...>{};
  }
  /// `.default_values()`: a row of defaults.
  constexpr auto default_values() const {
    detail::check_target_columns<Table, true>();
    return insert_default_statement<Table>{};
  }
};

/// `insert_into(users)`
template <table_type Table>
constexpr insert_into_start<Table> insert_into(const Table&) {
  return {};
}

}  // namespace ctql

// insert_statement::on_conflict() builds what upsert.hpp defines, and from_select() what
// insert_select.hpp does; those files include this one first, so they come last here: a user who
// included only insert.hpp can call .on_conflict() and .from_select().
#include "ctql/core/query/insert_select.hpp"
#include "ctql/core/query/upsert.hpp"
