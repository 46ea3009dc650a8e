#pragma once
// A C++ value inside an expression. It is always a bound parameter, never SQL text.
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "ctql/core/error.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/expr/text_copy.hpp"
#include "ctql/core/meta/lean_std.hpp"
#include "ctql/core/schema/value_types.hpp"

namespace ctql {

namespace detail {
/// What a statement keeps of a C++ value: its own copy, so that a statement returned from a
/// function never refers to a destroyed local. A view is kept only where the user chose one:
/// std::string_view, or ctql::ref(x) / std::ref(x). Text given by reference (a std::string
/// lvalue, a const char*, a char array, which may be a local) is kept as a text_copy.
template <class V>
struct stored_value {
  using type = std::remove_cvref_t<V>;  // moved in when a temporary, copied otherwise
};
template <class V>
  requires(std::is_lvalue_reference_v<V> && std::is_same_v<std::remove_cvref_t<V>, std::string>) ||
          std::is_array_v<std::remove_reference_t<V>> || std::is_pointer_v<std::remove_cvref_t<V>>
struct stored_value<V> {
  using type = text_copy;
};
template <class T>
struct stored_value<std::reference_wrapper<T>> {
  using type = std::reference_wrapper<const std::remove_cv_t<T>>;
};
template <class V>
  requires is_reference_wrapper<std::remove_cvref_t<V>>
struct stored_value<V> : stored_value<std::remove_cvref_t<V>> {};

template <class V>
constexpr auto store_value(V&& v) {
  using stored = typename stored_value<V>::type;
  if constexpr (std::is_pointer_v<std::remove_cvref_t<V>>) {
    return stored(static_cast<const char*>(v));  // refuses a null pointer
  } else if constexpr (is_reference_wrapper<stored>) {
    return stored(v.get());
  } else {
    return stored(std::forward<V>(v));
  }
}

// The SQL value type a stored value stands for.
template <class T>
struct value_type_for {
  using type = T;
};
template <>
struct value_type_for<std::string_view> {
  using type = std::string;
};
template <>
struct value_type_for<text_copy> {
  using type = std::string;
};
template <class T>
struct value_type_for<std::reference_wrapper<T>> : value_type_for<std::remove_cv_t<T>> {};

/// The value itself, through a ref() as well.
template <class T>
constexpr const T& referred(const T& v) {
  return v;
}
template <class T>
constexpr const T& referred(const std::reference_wrapper<T>& v) {
  return v.get();
}
inline std::string_view referred(const text_copy& v) { return v.view(); }
}  // namespace detail

/// `users.name == ctql::ref(name)`: keeps a view of `name` instead of a copy, and binds its
/// value when the statement runs; `name` must outlive the statement.
template <class T>
constexpr std::reference_wrapper<const T> ref(const T& x) noexcept {
  return std::cref(x);
}
template <class T>
void ref(const T&&) = delete;  // a temporary is gone before the statement runs

/// A bound value.
template <class T>
struct value_node : expression_tag, leaf_traits {
  using value_type = typename detail::value_type_for<T>::type;
  using stored_type = T;
  static constexpr bool binds_values = true;
  T value;

  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.placeholder();
  }
  template <class F>
  constexpr void visit(F& f) const {
    f(detail::referred(value));
  }
};

/// An expression stays itself; a statement that can be a value becomes one (a select of one column:
/// a scalar subquery); a value becomes a bound parameter.
template <class V>
constexpr auto as_node(V&& v) {
  if constexpr (expression<V>) {
    return std::remove_cvref_t<V>(std::forward<V>(v));
  } else if constexpr (requires { v.as_scalar_value(); }) {
    return v.as_scalar_value();
  } else {
    using stored = typename detail::stored_value<V>::type;
    return value_node<stored>{{}, {}, detail::store_value(std::forward<V>(v))};
  }
}

template <class V>
using node_t = decltype(as_node(std::declval<V>()));

/// A statement that is a value where one fits (a select of one column: a scalar subquery).
template <class T>
concept value_statement = requires(const std::remove_cvref_t<T>& t) { t.as_scalar_value(); };

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
  if constexpr (std::is_same_v<Element, detail::text_copy>) f(element.view());  // kept by the statement
  else if constexpr (std::is_lvalue_reference_v<Reference>) f(element);
  else f(bound_copy<Element>{element});
}

/// The value type an operand has in SQL, whether it is an expression or a C++ value.
template <class V>
using operand_value_t = typename node_t<V>::value_type;

}  // namespace ctql
