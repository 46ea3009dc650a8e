#pragma once
// The order a session writes tables in: a table after every table its columns reference
// (ctql::references<&users_t::id>), so that parents are inserted before children and deleted after.
// Rows of a table that references itself (an employee's manager) are ordered the same way.
#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

#include "ctql/core/schema/table.hpp"
#include "ctql/orm/statements.hpp"

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

/// Keeps T's fields whose column references a column of T's own table.
template <class T>
struct references_own_table {
  template <std::size_t I, class C>
  constexpr bool operator()() const {
    if constexpr (std::is_void_v<typename C::references_option>) return false;
    else return std::is_same_v<typename C::references_option::column::table, table_of_t<T>>;
  }
};
template <class T>
using self_reference_fields = fields_where<T, references_own_table<T>>;

/// The field of T whose column is C.
template <class T, class C>
constexpr std::size_t field_of_column() {
  return []<std::size_t... J>(std::index_sequence<J...>) {
    std::size_t at = columns_t<T>::size;
    ((std::is_same_v<column_t<T, J>, C> ? void(at = J) : void()), ...);
    return at;
  }(std::make_index_sequence<columns_t<T>::size>{});
}

template <class V>
const V* present(const V& v) {
  return &v;
}
template <class V>
const V* present(const std::optional<V>& v) {
  return v ? &*v : nullptr;
}

/// The places 0..n-1 of rows in an order where a row that another row of the list references
/// through a column of their own table comes first (parents first); otherwise as given. A cycle
/// is left as given (the database will say). Linear, with a map per referencing column.
template <class T>
std::vector<std::size_t> parents_first(const std::vector<const T*>& rows) {
  constexpr std::size_t none = static_cast<std::size_t>(-1);
  const std::size_t n = rows.size();
  std::vector<std::size_t> order;
  order.reserve(n);
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    constexpr std::size_t per = sizeof...(I);
    std::vector<std::size_t> parent(n * per, none);  // parent[i * per + k]: the row row i references by its k-th such field
    std::size_t k = 0;
    (
        [&] {
          constexpr std::size_t to = field_of_column<T, typename column_t<T, I>::references_option::column>();
          std::map<std::remove_cvref_t<decltype(field<to>(*rows[0]))>, std::size_t> by_value;
          for (std::size_t i = 0; i < n; ++i) by_value.emplace(field<to>(*rows[i]), i);
          for (std::size_t i = 0; i < n; ++i)
            if (const auto* v = present(field<I>(*rows[i])))
              if (auto it = by_value.find(*v); it != by_value.end() && it->second != i) parent[i * per + k] = it->second;
          ++k;
        }(),
        ...);
    // Depth first, parents before the row (an explicit stack: a long chain is no deep recursion).
    std::vector<unsigned char> seen(n, 0);
    std::vector<std::pair<std::size_t, std::size_t>> stack;  // (row, next of its parents to visit)
    for (std::size_t start = 0; start < n; ++start) {
      if (seen[start]) continue;
      seen[start] = 1;
      stack.emplace_back(start, 0);
      while (!stack.empty()) {
        const std::size_t i = stack.back().first;
        const std::size_t next = stack.back().second;
        if (next < per) {
          ++stack.back().second;
          const std::size_t p = parent[i * per + next];
          if (p != none && !seen[p]) {
            seen[p] = 1;
            stack.emplace_back(p, 0);
          }
        } else {
          order.push_back(i);
          stack.pop_back();
        }
      }
    }
    return order;
  }(self_reference_fields<T>{});
}

}  // namespace ctql::orm_detail
