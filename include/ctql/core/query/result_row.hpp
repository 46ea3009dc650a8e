#pragma once
// The C++ type of a result row: a std::tuple of the select items' value types, each made
// std::optional when it reads a column from the nullable side of an outer join.
#include <tuple>
#include <type_traits>

#include "ctql/core/expr/node.hpp"
#include "ctql/core/meta/type_list.hpp"

namespace ctql {

namespace detail {
template <class Columns>
struct sources_of;
template <class... Columns>
struct sources_of<type_list<Columns...>> {
  using type = type_list<typename Columns::source...>;
};

template <class Item, class NullableTables>
struct result_value {
  using base = typename Item::value_type;
  static constexpr bool nulled_by_join =
      !Item::never_null &&
      meta::intersects<typename sources_of<typename Item::free_columns>::type, NullableTables>;
  using type = std::conditional_t<nulled_by_join, make_optional_t<base>, base>;
};
}  // namespace detail

/// The value type of select item Item when the tables in NullableTables may be all NULL.
template <class Item, class NullableTables>
using result_value_t = typename detail::result_value<Item, NullableTables>::type;

template <class Items, class NullableTables>
struct result_row_impl;
template <class... Items, class NullableTables>
struct result_row_impl<type_list<Items...>, NullableTables> {
  using type = std::tuple<result_value_t<Items, NullableTables>...>;
};

}  // namespace ctql
