#pragma once
// The columns and expressions after SELECT; all_of(t) stands for every column of t.
#include <type_traits>
#include <utility>

#include "ctql/core/check.hpp"
#include "ctql/core/expr/named.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/meta/node_list.hpp"
#include "ctql/core/schema/table.hpp"

namespace ctql {

template <class T>
struct all_columns {
  using table = T;
};

template <class T>
inline constexpr bool is_all_columns = false;
template <class T>
inline constexpr bool is_all_columns<all_columns<T>> = true;

/// `select(all_of(users))`: every column of the table, in declaration order.
template <table_type T>
constexpr all_columns<T> all_of(const T&) {
  return {};
}

template <class T>
concept select_item = expression<T> || std::is_base_of_v<named_tag, T>;

template <bool Distinct, class... Items>
struct select_list : composite_traits<Items...> {
  node_list<Items...> items;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text(Distinct ? "SELECT DISTINCT " : "SELECT ");
    node_list<Items...>::for_each_type([&]<std::size_t I, class Item>() {
      if constexpr (I > 0) ctx.text(", ");
      Item::render(ctx);
    });
  }
  template <class F>
  constexpr void visit(F& f) const {
    items.for_each([&](const auto& item) { item.visit(f); });
  }
};

namespace detail {
template <class... Columns>
constexpr node_list<Columns...> columns_list(type_list<Columns...>) {
  return {{Columns{}}...};
}

// One select() argument as the list of items it stands for.
template <class Arg>
constexpr auto select_items(const Arg& arg) {
  if constexpr (is_all_columns<Arg>) {
    return columns_list(columns_of<typename Arg::table>{});
  } else if constexpr (select_item<Arg>) {
    return node_list<Arg>{{arg}};
  } else {
    select_takes_expressions<Arg>();
    return node_list<>{};
  }
}
}  // namespace detail

template <bool Distinct, class Indices, class... Items>
constexpr select_list<Distinct, Items...> make_select_list(const node_list_impl<Indices, Items...>& items) {
  return {{}, items};
}

}  // namespace ctql
