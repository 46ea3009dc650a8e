#pragma once
// The arguments of a prepared statement: one per distinct param<"name">, in order of first
// appearance, typed by where it is used.
#include <cstddef>
#include <string_view>
#include <type_traits>

#include "ctql/core/check.hpp"
#include "ctql/core/expr/parameter.hpp"
#include "ctql/core/meta/type_list.hpp"

namespace ctql {

namespace detail {
template <class P, class... Ps>
constexpr std::size_t first_with_name() {
  constexpr bool same[] = {(P::name == Ps::name)..., false};
  std::size_t i = 0;
  while (!same[i]) ++i;
  return i;
}
}  // namespace detail

template <class Params>
struct parameter_signature;

/// Params: the statement's parameter<Name, T> in render order (with repeats).
template <class... Ps>
struct parameter_signature<type_list<Ps...>> {
  using all = type_list<Ps...>;
  /// The distinct parameters, in order of first appearance.
  using distinct = meta::unique<type_list<Ps...>>;
  /// Index into `distinct` of parameter P.
  template <class P>
  static constexpr std::size_t index = meta::index_of<P, distinct>;

  static constexpr bool consistent = [] {
    bool ok = true;
    // A name with two types shows as two distinct entries with the same name.
    [&]<class... D>(type_list<D...>) {
      ((ok = ok && detail::first_with_name<D, D...>() == meta::index_of<D, type_list<D...>>), ...);
    }(distinct{});
    return ok;
  }();
};

}  // namespace ctql
