#pragma once
// What every expression node provides, and the concepts the public API is written in.
//
// A node gets the usual traits by deriving from leaf_traits (no operands) or
// composite_traits<Operands...> (the union of its operands'), and says only where it differs, so
// a new trait is added here and in the nodes it concerns.
//
// A node type N has:
//   value_type            the C++ type of its SQL value (std::optional<T> when it may be NULL)
//   tables                type_list of the table sources its columns come from
//   free_columns          columns used outside any aggregate (the GROUP BY rule needs them)
//   params                param<"name"> placeholders it contains, typed, in render order
//   has_aggregate, is_dynamic (has a runtime-sized part), is_leaf (needs no parentheses),
//   never_null (NULL-free even when its columns are NULL: IS NULL, COUNT, EXISTS),
//   binds_values (binds a value when run: a C++ value, a param<>, an in(range)),
//   has_window (contains a window function, f(...).over(...): allowed only in select() and order_by())
//   static render(ctx)    writes its SQL; depends only on the type
//   visit(f) const        calls f on each bound value, in the order render wrote placeholders
#include <optional>
#include <type_traits>

#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/schema/value_types.hpp"

namespace ctql {

struct expression_tag {};

template <class T>
concept expression = std::is_base_of_v<expression_tag, std::remove_cvref_t<T>>;

template <class T>
using value_type_of = typename std::remove_cvref_t<T>::value_type;

/// An expression whose SQL value is a boolean, as where(), having(), on() and && need.
template <class T>
concept boolean_expression = expression<T> && category_of<value_type_of<T>>() == category::boolean;

/// A predicate over Operands is NULL when any of them is: bool, or std::optional<bool>.
template <class... Operands>
using predicate_value_t =
    std::conditional_t<(false || ... || is_optional_v<typename Operands::value_type>), std::optional<bool>, bool>;

/// Traits of a node with no operands.
struct leaf_traits {
  using tables = type_list<>;
  using free_columns = type_list<>;
  using params = type_list<>;
  static constexpr bool has_aggregate = false;
  static constexpr bool is_dynamic = false;
  static constexpr bool is_leaf = true;
  static constexpr bool never_null = false;
  static constexpr bool binds_values = false;
  static constexpr bool has_window = false;
  template <class F>
  constexpr void visit(F&) const {}
};

/// Traits of a node made of Operands: the union of theirs.
template <class... Operands>
struct composite_traits {
  using tables = meta::concat<typename Operands::tables...>;
  using free_columns = meta::concat<typename Operands::free_columns...>;
  using params = meta::concat<typename Operands::params...>;
  static constexpr bool has_aggregate = (false || ... || Operands::has_aggregate);
  static constexpr bool is_dynamic = (false || ... || Operands::is_dynamic);
  static constexpr bool is_leaf = false;
  static constexpr bool never_null = false;
  static constexpr bool binds_values = (false || ... || Operands::binds_values);
  static constexpr bool has_window = (false || ... || Operands::has_window);
};

/// Renders an operand, in parentheses unless it is a leaf or a function call.
template <class Node, class Ctx>
constexpr void render_operand(Ctx& ctx) {
  if constexpr (Node::is_leaf) {
    Node::render(ctx);
  } else {
    ctx.text("(");
    Node::render(ctx);
    ctx.text(")");
  }
}

/// What a node with a failed ctql: check returns, so one mistake gives one error, not a cascade.
/// It satisfies every concept and renders nothing.
struct invalid_expression : expression_tag, leaf_traits {
  using value_type = bool;
  template <class Ctx>
  static constexpr void render(Ctx&) {}
  /// `sum(users.name).over()`: the aggregate's error, not a second one for the missing over().
  template <class... Window>
  constexpr invalid_expression over(const Window&...) const {
    return {};
  }
};

}  // namespace ctql
