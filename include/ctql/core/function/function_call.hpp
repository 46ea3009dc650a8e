#pragma once
// What the scalar SQL functions share: one node for a call, `function_call<Function, Args...>`,
// whose Function says its value type and how each dialect writes it; the arguments are nodes
// (a C++ value is a bound parameter, never SQL text) and are visited in the order they render.
#include <optional>
#include <type_traits>
#include <utility>

#include "ctql/core/expr/expression_ops.hpp"
#include "ctql/core/expr/parameter.hpp"
#include "ctql/core/expr/value.hpp"
#include "ctql/core/meta/node_list.hpp"

namespace ctql {

/// Writes "a, b, c".
template <class First, class... Rest, class Ctx>
constexpr void render_arguments(Ctx& ctx) {
  First::render(ctx);
  ((ctx.text(", "), Rest::render(ctx)), ...);
}

/// A call of a scalar function. Function has `template <class... Args> using result` (the value
/// type), its SQL name `sql` (rendered NAME(a, b)) or `template <class... Args, class Ctx> static
/// render(ctx)`, `is_call` (false where it renders as an operator, as a || b) and `never_null<Args...>`.
template <class Function, class... Args>
struct function_call : expression_tag,
                       expression_ops<function_call<Function, Args...>>,
                       composite_traits<Args...> {
  using value_type = typename Function::template result<Args...>;
  static constexpr bool is_leaf = Function::is_call;  // a function call needs no parentheses
  static constexpr bool never_null = Function::template never_null<Args...>;
  node_list<Args...> args;

  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    if constexpr (requires { Function::sql; }) {
      ctx.text(Function::sql);
      ctx.text("(");
      render_arguments<Args...>(ctx);
      ctx.text(")");
    } else {
      Function::template render<Args...>(ctx);
    }
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_parts(args, f);
  }
};

/// The parts a Function usually has: a call, NULL when an argument is.
struct scalar_function {
  static constexpr bool is_call = true;
  template <class... Args>
  static constexpr bool never_null = false;
};

template <class Function, class... Args>
constexpr function_call<Function, Args...> make_call(const Args&... args) {
  return {{}, {}, {}, {{args}...}};
}

/// T, as std::optional<T> when any argument may be NULL (SQL functions give NULL for a NULL).
template <class T, class... Args>
using null_if_any_t =
    std::conditional_t<(false || ... || is_optional_v<typename Args::value_type>), std::optional<T>, T>;

/// An argument as a node; an untyped param<> takes type T.
template <class T, class V>
constexpr auto argument_as(V&& v) {
  if constexpr (is_untyped_parameter<std::remove_cvref_t<V>>) return typed_as<T>(v);
  else return as_node(std::forward<V>(v));
}
template <class T, class V>
using argument_t = decltype(argument_as<T>(std::declval<V>()));

/// The category of an argument's value (unknown for an untyped param<> or an unsupported type).
template <class Node>
constexpr category argument_category() {
  if constexpr (std::is_void_v<typename Node::value_type>) return category::unknown;
  else return category_of<typename Node::value_type>();
}


/// An integer argument where the dialect's function takes an INTEGER: CAST when the dialect does
/// not narrow a wider one implicitly (PostgreSQL's substr(text, bigint) does not exist).
template <class Arg, class Ctx>
constexpr void render_int_argument(Ctx& ctx) {
  using T = strip_optional_t<typename Arg::value_type>;
  if constexpr (Ctx::dialect::narrows_integer_arguments_by_cast && !(std::is_signed_v<T> && sizeof(T) <= 4)) {
    ctx.text("CAST(");
    Arg::render(ctx);
    ctx.text(" AS INTEGER)");
  } else {
    Arg::render(ctx);
  }
}

}  // namespace ctql
