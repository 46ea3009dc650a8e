#pragma once
// A C++ value inside an expression. It is always a bound parameter, never SQL text.
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "ctql/core/expr/node.hpp"

namespace ctql {

namespace detail {
// Text is not copied: literals, views and std::string lvalues are kept as views, so the
// statement refers to the caller's string, which must outlive it (as with std::string_view).
// A std::string rvalue has no owner but the statement, so it moves in.
template <class V>
struct stored_value {
  using type = std::remove_cvref_t<V>;
};
template <class V>
  requires(std::is_array_v<std::remove_cvref_t<V>> || std::is_pointer_v<std::remove_cvref_t<V>> ||
           (std::is_lvalue_reference_v<V> && std::is_same_v<std::remove_cvref_t<V>, std::string>))
struct stored_value<V> {
  using type = std::string_view;
};

// The SQL value type a stored value stands for.
template <class T>
struct value_type_for {
  using type = T;
};
template <>
struct value_type_for<std::string_view> {
  using type = std::string;
};
}  // namespace detail

/// A bound value.
template <class T>
struct value_node : expression_tag, leaf_traits {
  using value_type = typename detail::value_type_for<T>::type;
  using stored_type = T;
  T value;

  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.placeholder();
  }
  template <class F>
  constexpr void visit(F& f) const {
    f(value);
  }
};

/// An expression stays itself; a value becomes a bound parameter.
template <class V>
constexpr auto as_node(V&& v) {
  if constexpr (expression<V>) {
    return std::remove_cvref_t<V>(std::forward<V>(v));
  } else {
    using stored = typename detail::stored_value<V>::type;
    return value_node<stored>{{}, {}, stored(std::forward<V>(v))};
  }
}

template <class V>
using node_t = decltype(as_node(std::declval<V>()));

/// A value a range produced as a temporary (a transform_view element, say): it is gone once the
/// visitor returns, so a connector must copy it rather than point at it.
template <class T>
struct bound_copy {
  const T& value;
};

/// Passes a range element to a visitor: as itself when the range holds it, as a bound_copy
/// when the element is a temporary.
template <class Reference, class F, class Element>
constexpr void visit_element(F& f, const Element& element) {
  if constexpr (std::is_lvalue_reference_v<Reference>) f(element);
  else f(bound_copy<Element>{element});
}

/// The value type an operand has in SQL, whether it is an expression or a C++ value.
template <class V>
using operand_value_t = typename node_t<V>::value_type;

}  // namespace ctql
