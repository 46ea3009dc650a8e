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

template <class... Tables>
constexpr void index_names_repeated() {
  static_assert(always_false<Tables...>,
                "ctql: two tables given to create_all() have indexes of the same name; SQLite and PostgreSQL keep "
                "index names per schema, so CREATE INDEX IF NOT EXISTS would skip the second: rename one");
}

namespace detail {
template <class... Indexes>
constexpr void collect_index_names(std::string_view*& out, type_list<Indexes...>) {
  ((*out++ = Indexes::sql_name), ...);
}
/// Whether the indexes of Tables have distinct names.
template <class... Tables>
constexpr bool index_names_distinct() {
  constexpr std::size_t n = (std::size_t{0} + ... + indexes_of<Tables>::size);
  std::string_view names[n + 1]{};
  std::string_view* out = names;
  (collect_index_names(out, indexes_of<Tables>{}), ...);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j)
      if (names[i] == names[j]) return false;
  return true;
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
