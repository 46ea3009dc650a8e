#pragma once
// The rules of a table's options that need the whole table, or another table: they hold for
// table_options<Table>, and a foreign key references a primary key or a unique constraint.
// Checked where the table's DDL is rendered (create_table, create_all).
#include <type_traits>

#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/schema/table.hpp"
#include "ctql/core/schema/table_options.hpp"

namespace ctql {

template <class Table, class OptionsTable>
constexpr void table_options_of_another_table() {
  static_assert(always_false<Table, OptionsTable>,
                "ctql: table_options<T> holds constraints of another table's columns; table_options<users_t> "
                "takes users' columns");
}
template <class ForeignKey>
constexpr void foreign_key_target_not_a_key() {
  static_assert(always_false<ForeignKey>,
                "ctql: foreign_key(...).references(...) must name the referenced table's primary key, or the "
                "columns of a unique constraint or unique index, in their order (the database refuses anything "
                "else)");
}

namespace detail {
template <class... Columns>
using key_columns_among = meta::concat<std::conditional_t<Columns::is_primary_key, type_list<Columns>, type_list<>>...>;
template <class List>
struct primary_key_of_impl;
template <class... Columns>
struct primary_key_of_impl<type_list<Columns...>> {
  using type = key_columns_among<Columns...>;
};
/// Table's primary key columns, in declaration order.
template <class Table>
using primary_key_of = typename primary_key_of_impl<columns_of<Table>>::type;

template <class Targets, class... Items>
constexpr bool unique_in_options(type_list<Items...>) {
  return ((Items::is_unique_key && std::is_same_v<typename Items::columns, Targets>) || ...);
}
template <class Targets>
constexpr bool is_key_of_target() {
  using table = typename meta::first<Targets>::table;
  if constexpr (std::is_same_v<Targets, primary_key_of<table>>) return true;
  else if constexpr (Targets::size == 1 && meta::first<Targets>::is_unique) return true;
  else return unique_in_options<Targets>(table_option_items<table>{});
}

template <class Table, class... Items>
constexpr bool check_option_items(type_list<Items...>) {
  [[maybe_unused]] auto one = []<class Item>() {
    if constexpr (requires { typename Item::targets; }) {
      if constexpr (!is_key_of_target<typename Item::targets>()) {
        foreign_key_target_not_a_key<Item>();
        return false;
      }
    }
    return true;
  };
  return (one.template operator()<Items>() && ...);
}
}  // namespace detail

/// Whether Table's options hold (each failure a ctql: message).
template <class Table>
constexpr bool check_table_options() {
  using options = std::remove_cvref_t<decltype(table_options<Table>)>;
  if constexpr (!std::is_void_v<typename options::table> && !std::is_same_v<typename options::table, Table>) {
    table_options_of_another_table<Table, typename options::table>();
    return false;
  } else {
    return detail::check_option_items<Table>(typename options::items{});
  }
}

}  // namespace ctql
