#pragma once
// How diagnostics name a column: its "table.column" as a char pack.
#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

#include "ctql/core/check.hpp"

namespace ctql {

namespace detail {
template <class Column>
struct qualified_name {
  static constexpr std::string_view table = Column::source::sql_name;
  static constexpr std::string_view column = Column::sql_name;
  static constexpr std::size_t size = table.size() + 1 + column.size();
  static constexpr auto chars = [] {
    std::array<char, size> out{};
    std::size_t i = 0;
    for (char c : table) out[i++] = c;
    out[i++] = '.';
    for (char c : column) out[i++] = c;
    return out;
  }();
};
template <class Column, std::size_t... I>
column_named<qualified_name<Column>::chars[I]...> name_pack(std::index_sequence<I...>);
}  // namespace detail

/// `column_named<'u', 's', 'e', 'r', 's', '.', 'n', 'a', 'm', 'e'>`: how diagnostics name a column.
template <class Column>
using column_name_t =
    decltype(detail::name_pack<Column>(std::make_index_sequence<detail::qualified_name<Column>::size>{}));

template <class List>
struct column_names_impl;
template <class... Columns>
struct column_names_impl<type_list<Columns...>> {
  using type = type_list<column_name_t<Columns>...>;
};
/// The diagnostic names of a type_list of columns.
template <class List>
using column_names_t = typename column_names_impl<List>::type;

}  // namespace ctql
