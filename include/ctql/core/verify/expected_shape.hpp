#pragma once
// The shape create_table<D>(t) gives a table, as verify_schema compares it with the live one:
// each column's type as ctql writes it for D (so VARCHAR(255) where D indexes text), its
// nullability, the primary key, unique constraints, foreign keys, named indexes and CHECK names.
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "ctql/core/ddl/column_type.hpp"
#include "ctql/core/ddl/create_table.hpp"
#include "ctql/core/render/context.hpp"
#include "ctql/core/render/sql_text.hpp"
#include "ctql/core/schema/table.hpp"
#include "ctql/core/schema/table_options.hpp"
#include "ctql/core/verify/schema_shape.hpp"

namespace ctql {

namespace detail {
template <class D, class Column>
struct column_type_text {
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    if constexpr (Column::is_auto_assigned && D::auto_key == auto_key_style::rowid) ctx.text("INTEGER");
    else render_column_type<D, Column>(ctx);
  }
};

template <class... Columns>
std::vector<std::string> column_names(type_list<Columns...>) {
  return {std::string(Columns::sql_name)...};
}

template <class D, class Table, class... Columns>
void expected_columns(table_shape& t, type_list<Columns...>) {
  (t.columns.push_back({std::string(Columns::sql_name), std::string(ddl_text<D, column_type_text<D, Columns>>.view()),
                        Columns::is_nullable && !Columns::is_primary_key}),
   ...);
  [[maybe_unused]] auto keys = [&]<class Column>() {
    if constexpr (Column::is_primary_key) t.primary_key.emplace_back(Column::sql_name);
    if constexpr (Column::is_unique) t.indexes.push_back({"", true, {std::string(Column::sql_name)}});
    if constexpr (!std::is_void_v<typename Column::references_option>) {
      using target = typename Column::references_option::column;
      t.foreign_keys.push_back({{std::string(Column::sql_name)}, std::string(target::table::sql_name), {std::string(target::sql_name)}});
    }
  };
  (keys.template operator()<Columns>(), ...);
}

template <class... Items>
void expected_options(table_shape& t, type_list<Items...>) {
  [[maybe_unused]] auto item = [&]<class Item>() {
    if constexpr (Item::is_index) {
      t.indexes.push_back({std::string(Item::sql_name), Item::is_unique, column_names(typename Item::columns{})});
    } else if constexpr (requires { typename Item::condition; }) {
      t.checks.emplace_back(Item::sql_name);
    } else if constexpr (requires { typename Item::targets; }) {
      t.foreign_keys.push_back({column_names(typename Item::columns{}), std::string(Item::target_table::sql_name),
                                column_names(typename Item::targets{})});
    } else {
      t.indexes.push_back({"", true, column_names(typename Item::columns{})});  // compared by columns
    }
  };
  (item.template operator()<Items>(), ...);
}
}  // namespace detail

/// The shape of Table as create_table<D> makes it.
template <class D, class Table>
table_shape expected_table_shape() {
  [[maybe_unused]] constexpr bool options_hold = check_table_options<Table>();
  table_shape t;
  t.name = std::string(Table::sql_name);
  detail::expected_columns<D, Table>(t, columns_of<Table>{});
  detail::expected_options(t, table_option_items<Table>{});
  return t;
}

}  // namespace ctql
