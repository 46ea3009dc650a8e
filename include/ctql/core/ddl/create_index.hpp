#pragma once
// The indexes of a table's options, created after the tables: CREATE [UNIQUE] INDEX IF NOT EXISTS
// "name" ON "table" ("a", "b"). A dialect without IF NOT EXISTS on CREATE INDEX (MySQL 8) writes
// them inside CREATE TABLE instead (ddl/create_table.hpp), so it has none here.
#include <array>
#include <cstddef>
#include <string_view>

#include "ctql/core/ddl/create_table.hpp"
#include "ctql/core/schema/table_options.hpp"

namespace ctql {

namespace detail {
template <class D, class Table, class Index>
struct create_index_text {
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text(Index::is_unique ? "CREATE UNIQUE INDEX IF NOT EXISTS " : "CREATE INDEX IF NOT EXISTS ");
    ctx.identifier(Index::sql_name);
    ctx.text(" ON ");
    ctx.identifier(Table::sql_name);
    ctx.text(" (");
    render_column_list(ctx, typename Index::columns{});
    ctx.text(")");
  }
};
template <class... Items>
using index_items = meta::concat<std::conditional_t<Items::is_index, type_list<Items>, type_list<>>...>;
template <class List>
struct indexes_of_impl;
template <class... Items>
struct indexes_of_impl<type_list<Items...>> {
  using type = index_items<Items...>;
};
/// The index items of Table's options.
template <class Table>
using indexes_of = typename indexes_of_impl<table_option_items<Table>>::type;

template <class D, class Table, class... Indexes>
constexpr std::array<std::string_view, sizeof...(Indexes)> index_statements(type_list<Indexes...>) {
  return {ddl_text<D, create_index_text<D, Table, Indexes>>.view()...};
}
}  // namespace detail

/// `ctql::create_indexes<ctql::postgres>(users)`: the CREATE INDEX statements db.create_all()
/// runs after the tables (none on MySQL 8: its indexes are inside CREATE TABLE).
template <dialect D, table_type Table>
constexpr auto create_indexes(const Table&) {
  if constexpr (D::create_index_if_not_exists)
    return detail::index_statements<D, Table>(detail::indexes_of<Table>{});
  else
    return std::array<std::string_view, 0>{};
}

}  // namespace ctql
