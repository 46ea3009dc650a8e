#pragma once
// A minimal tuple for expression nodes: cheaper to instantiate than std::tuple, and all a
// statement needs is to hold its parts and visit them in order.
#include <cstddef>
#include <utility>

#include "ctql/core/meta/type_list.hpp"

namespace ctql {

template <std::size_t I, class T>
struct node_slot {
  T node;
};

template <class Indices, class... Ts>
struct node_list_impl;

template <std::size_t... I, class... Ts>
struct node_list_impl<std::index_sequence<I...>, Ts...> : node_slot<I, Ts>... {
  using types = type_list<Ts...>;
  static constexpr std::size_t size = sizeof...(Ts);

  /// Calls f on each element, in order.
  template <class F>
  constexpr void for_each(F&& f) const {
    (f(static_cast<const node_slot<I, Ts>&>(*this).node), ...);
  }
  /// Calls F::template operator()<T>() for each element type, in order, with an index.
  template <class F>
  static constexpr void for_each_type(F&& f) {
    (f.template operator()<I, Ts>(), ...);
  }
};

/// The element at I (found through its base, so without recursion).
template <std::size_t I, class T>
constexpr const T& node_at(const node_slot<I, T>& slot) {
  return slot.node;
}
template <std::size_t I, class T>
T node_type_at(const node_slot<I, T>&);  // declared only: for node_type below
/// The type of the element at I.
template <std::size_t I, class List>
using node_type = decltype(node_type_at<I>(std::declval<const List&>()));

/// `node_list<A, B>{{a}, {b}}`
template <class... Ts>
using node_list = node_list_impl<std::index_sequence_for<Ts...>, Ts...>;

template <class... Ts>
constexpr node_list<Ts...> make_node_list(Ts... nodes) {
  return {{nodes}...};
}

/// The elements of a, then those of b.
template <std::size_t... I, class... A, std::size_t... J, class... B>
constexpr node_list<A..., B...> operator+(const node_list_impl<std::index_sequence<I...>, A...>& a,
                                          const node_list_impl<std::index_sequence<J...>, B...>& b) {
  return {{static_cast<const node_slot<I, A>&>(a).node}..., {static_cast<const node_slot<J, B>&>(b).node}...};
}

}  // namespace ctql
