#pragma once
// The order create_all and drop_all take tables in: the order given, except that a table comes
// after the tables it references (a column's references<> or a foreign_key() option), and is
// dropped before them. A cycle keeps the order given.
#include <array>
#include <cstddef>
#include <type_traits>

#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/schema/table.hpp"
#include "ctql/core/schema/table_options.hpp"

namespace ctql {

namespace detail {
template <class Column>
constexpr auto referenced_table_of_column() {
  if constexpr (std::is_void_v<typename Column::references_option>) return type_list<>{};
  else return type_list<typename Column::references_option::column::table>{};
}
template <class Item>
constexpr auto referenced_table_of_item() {
  if constexpr (requires { typename Item::target_table; }) return type_list<typename Item::target_table>{};
  else return type_list<>{};
}
template <class... Columns, class... Items>
constexpr auto referenced_tables(type_list<Columns...>, type_list<Items...>) {
  return meta::concat<decltype(referenced_table_of_column<Columns>())...,
                      decltype(referenced_table_of_item<Items>())...>{};
}
/// The tables Table references (itself included if it does).
template <class Table>
using references_of = decltype(referenced_tables(columns_of<Table>{}, table_option_items<Table>{}));

/// The positions of Tables in creation order: each after the tables it references.
template <class... Tables>
constexpr std::array<std::size_t, sizeof...(Tables)> creation_order() {
  constexpr std::size_t n = sizeof...(Tables);
  // depends[i * n + j]: table i references table j (i != j).
  constexpr std::array<bool, n * n + 1> depends = [] {
    std::array<bool, n * n + 1> d{};
    std::size_t i = 0;
    (([&]<class T>() {
       std::size_t j = 0;
       ((d[i * n + j] = (i != j) && meta::contains<Tables, references_of<T>>, ++j), ...);
       ++i;
     }.template operator()<Tables>()),
     ...);
    return d;
  }();
  std::array<std::size_t, n> order{};
  std::array<bool, n + 1> done{};
  for (std::size_t k = 0; k < n; ++k) {
    std::size_t pick = n;
    for (std::size_t i = 0; i < n && pick == n; ++i) {
      if (done[i]) continue;
      bool ready = true;
      for (std::size_t j = 0; j < n; ++j)
        if (depends[i * n + j] && !done[j]) ready = false;
      if (ready) pick = i;
    }
    for (std::size_t i = 0; i < n && pick == n; ++i)
      if (!done[i]) pick = i;  // a cycle: the first left, as given
    done[pick] = true;
    order[k] = pick;
  }
  return order;
}
}  // namespace detail

}  // namespace ctql
