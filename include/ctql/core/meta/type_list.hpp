#pragma once
// Flat type lists with fold-expression algorithms: cheaper to compile than recursive ones.
#include <cstddef>
#include <type_traits>

namespace ctql {

template <class... Ts>
struct type_list {
  static constexpr std::size_t size = sizeof...(Ts);
};

/// Used in static_assert so the assertion depends on the offending types, which then appear in
/// the compiler's "[with ...]" line.
template <class...>
inline constexpr bool always_false = false;

namespace meta {

template <class T, class List>
inline constexpr bool contains = false;
template <class T, class... Ts>
inline constexpr bool contains<T, type_list<Ts...>> = (std::is_same_v<T, Ts> || ...);

template <class... Lists>
struct concat_impl;
template <>
struct concat_impl<> {
  using type = type_list<>;
};
template <class... As>
struct concat_impl<type_list<As...>> {
  using type = type_list<As...>;
};
template <class... As, class... Bs, class... Rest>
struct concat_impl<type_list<As...>, type_list<Bs...>, Rest...>
    : concat_impl<type_list<As..., Bs...>, Rest...> {};
template <class... As, class... Bs, class... Cs, class... Ds, class... Rest>
struct concat_impl<type_list<As...>, type_list<Bs...>, type_list<Cs...>, type_list<Ds...>, Rest...>
    : concat_impl<type_list<As..., Bs..., Cs..., Ds...>, Rest...> {};

template <class... Lists>
using concat = typename concat_impl<Lists...>::type;

/// The elements of A that are not in B (duplicates kept).
template <class A, class B>
struct difference_impl;
template <class... As, class B>
struct difference_impl<type_list<As...>, B> {
  using type = concat<std::conditional_t<contains<As, B>, type_list<>, type_list<As>>...>;
};
template <class A, class B>
using difference = typename difference_impl<A, B>::type;

template <class A, class B>
inline constexpr bool is_subset = difference<A, B>::size == 0;

template <class A, class B>
struct intersects_impl;
template <class... As, class B>
struct intersects_impl<type_list<As...>, B> : std::bool_constant<(contains<As, B> || ...)> {};
template <class A, class B>
inline constexpr bool intersects = intersects_impl<A, B>::value;

/// Index of the first T in the list; List::size when absent.
template <class T, class List>
struct index_of_impl;
template <class T, class... Ts>
struct index_of_impl<T, type_list<Ts...>> {
  static constexpr std::size_t value = [] {
    constexpr bool hits[] = {std::is_same_v<T, Ts>..., false};
    std::size_t i = 0;
    while (i < sizeof...(Ts) && !hits[i]) ++i;
    return i;
  }();
};
template <class T, class List>
inline constexpr std::size_t index_of = index_of_impl<T, List>::value;

/// The list without repeats, first occurrence kept.
template <class Done, class Rest>
struct unique_impl {
  using type = Done;
};
template <class... Done, class T, class... Rest>
struct unique_impl<type_list<Done...>, type_list<T, Rest...>>
    : unique_impl<std::conditional_t<contains<T, type_list<Done...>>, type_list<Done...>,
                                     type_list<Done..., T>>,
                  type_list<Rest...>> {};
template <class List>
using unique = typename unique_impl<type_list<>, List>::type;

template <class List>
struct first_impl {
  using type = void;
};
template <class T, class... Ts>
struct first_impl<type_list<T, Ts...>> {
  using type = T;
};
/// The first type of the list; void for an empty list.
template <class List>
using first = typename first_impl<List>::type;

template <template <class...> class F, class List>
struct apply_impl;
template <template <class...> class F, class... Ts>
struct apply_impl<F, type_list<Ts...>> {
  using type = F<Ts...>;
};
/// F<Ts...> for the list's Ts.
template <template <class...> class F, class List>
using apply = typename apply_impl<F, List>::type;

}  // namespace meta
}  // namespace ctql
