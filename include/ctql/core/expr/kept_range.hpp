#pragma once
// How a statement keeps a range of values (`x.in(ids)`, `values(rows)`): as its own copy, so a
// statement returned from a function never reads a destroyed local, unless the user asks for a
// view with ctql::ref(range) / std::ref(range).
#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "ctql/core/expr/value.hpp"
#include "ctql/core/meta/lean_std.hpp"
#include "ctql/core/schema/value_types.hpp"

namespace ctql {

namespace detail {
/// The type a statement keeps for a range argument R, with elements stored as Element.
template <class R, class Element>
struct kept_range {
  using range = std::remove_cvref_t<R>;
  // A container handed over as a temporary moves in; a view may refer to anything (a
  // transform over a local vector, say), so its elements are copied, like an lvalue's.
  static constexpr bool moves_in = !std::is_lvalue_reference_v<R> && !std::ranges::view<range> &&
                                   std::is_same_v<std::ranges::range_value_t<range>, Element>;
  using type = std::conditional_t<moves_in, range, std::vector<Element>>;
};
template <class T, class Element>
struct kept_range<std::reference_wrapper<T>, Element> {
  static constexpr bool moves_in = false;
  using type = T*;  // the user's range, read when the statement runs
};
template <class T, class Element>
  requires is_reference_wrapper<std::remove_cvref_t<T>>
struct kept_range<T, Element> : kept_range<std::remove_cvref_t<T>, Element> {};
}  // namespace detail

/// The range an argument stands for: the argument itself, or what ctql::ref() refers to.
template <class R>
using referred_range_t = std::remove_reference_t<std::unwrap_reference_t<std::remove_cvref_t<R>>>;

template <class R, class Element = std::ranges::range_value_t<referred_range_t<R>>>
using kept_range_t = typename detail::kept_range<R, Element>::type;

namespace detail {
template <class Row, class Indices = std::make_index_sequence<std::tuple_size_v<Row>>>
struct stored_row;
template <class Row, std::size_t... I>
struct stored_row<Row, std::index_sequence<I...>> {
  using type = std::tuple<typename stored_value<std::tuple_element_t<I, Row>>::type...>;
};
}  // namespace detail
/// What a statement keeps of one row of values(range): each element as stored_value keeps a
/// value (text held through a pointer or a reference, as with std::tie, is copied).
template <class Row>
using stored_row_t = typename detail::stored_row<Row>::type;

/// Keeps range `r` as kept_range_t says: a pointer for ref(), the moved container, or a copy.
template <class Element, class R>
auto keep_range(R&& r) {
  using kept = kept_range_t<R, Element>;
  if constexpr (std::is_pointer_v<kept>) {
    return kept(&r.get());
  } else if constexpr (detail::kept_range<R, Element>::moves_in) {
    return kept(std::move(r));
  } else {
    kept copy;
    if constexpr (std::ranges::sized_range<std::remove_cvref_t<R>>) copy.reserve(std::ranges::size(r));
    for (auto&& element : r) {
      using given = std::remove_cvref_t<decltype(element)>;
      if constexpr (std::is_constructible_v<Element, decltype(element)>)
        copy.emplace_back(std::forward<decltype(element)>(element));
      else
        copy.push_back(std::make_from_tuple<Element>(static_cast<const given&>(element)));
    }
    return copy;
  }
}

/// The range a kept range reads: through the pointer for ref(), else itself.
template <class Kept>
auto& kept_elements(Kept& kept) {
  if constexpr (std::is_pointer_v<Kept>) return *kept;
  else return kept;
}

}  // namespace ctql
