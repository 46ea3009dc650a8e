#pragma once
// The order a session writes tables in: a table after every table its columns reference
// (ctql::references<&users_t::id>), so that parents are inserted before children and deleted after.
#include <algorithm>

#include "ctql/core/schema/table.hpp"

namespace ctql::orm_detail {

template <class Table>
constexpr int flush_depth();

template <class Table, class Column>
constexpr int referenced_depth() {
  if constexpr (std::is_void_v<typename Column::references_option>) {
    return 0;
  } else {
    using parent = typename Column::references_option::column::table;
    if constexpr (std::is_same_v<parent, Table>) return 0;  // a row referring to its own table: no order
    else return flush_depth<parent>() + 1;
  }
}

/// 0 for a table that references none; one more than the deepest table it references otherwise.
template <class Table>
constexpr int flush_depth() {
  return []<class... Columns>(type_list<Columns...>) {
    return std::max({0, referenced_depth<Table, Columns>()...});
  }(columns_of<Table>{});
}

}  // namespace ctql::orm_detail
