#pragma once
// `case_when(users.age < 18, "minor").when(users.age < 65, "adult").else_("senior")`
// Its type is the common type of the branches; std::optional without else_().
#include <cstddef>
#include <optional>
#include <type_traits>
#include <utility>

#include "ctql/core/check.hpp"
#include "ctql/core/expr/logical.hpp"
#include "ctql/core/meta/node_list.hpp"

namespace ctql {

template <class Condition, class Value>
struct when_branch : composite_traits<Condition, Value> {
  using value_type = typename Value::value_type;
  Condition condition;
  Value value;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text(" WHEN ");
    Condition::render(ctx);
    ctx.text(" THEN ");
    render_operand<Value>(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(condition, f);
    visit_part(value, f);
  }
};

/// The ELSE of a CASE that has none: the CASE is NULL when no branch matches.
struct no_else : leaf_traits {
  template <class Ctx>
  static constexpr void render(Ctx&) {}
};

namespace detail {
template <class A, class B>
struct common_value {
  using a = strip_optional_t<A>;
  using b = strip_optional_t<B>;
  using plain = std::conditional_t<std::is_same_v<a, b>, a, std::common_type_t<a, b>>;
  using type = std::conditional_t<is_optional_v<A> || is_optional_v<B>, std::optional<plain>, plain>;
};
template <class T, class... Ts>
struct common_of {
  using type = T;
};
template <class A, class B, class... Ts>
struct common_of<A, B, Ts...> : common_of<typename common_value<A, B>::type, Ts...> {};

template <class Else, class... Branches>
struct case_value {
  using type = typename common_of<typename Else::value_type, typename Branches::value_type...>::type;
};
template <class... Branches>
struct case_value<no_else, Branches...> {
  using type = make_optional_t<typename common_of<typename Branches::value_type...>::type>;
};
}  // namespace detail

template <class Expected, class Condition, class Value>
constexpr auto make_when_branch(const Condition& condition, Value&& value) {
  using V = node_t<Value>;
  if constexpr (!boolean_expression<Condition>) {
    case_condition_not_boolean<Condition>();
    return when_branch<invalid_expression, invalid_expression>{};
  } else if constexpr (!std::is_void_v<Expected> &&
                       !values_comparable<Expected, typename V::value_type>()) {
    case_branches_incompatible<Expected, typename V::value_type>();
    return when_branch<invalid_expression, invalid_expression>{};
  } else {
    return when_branch<Condition, V>{{}, condition, as_node(std::forward<Value>(value))};
  }
}

template <class Else, class... Branches>
struct case_node : expression_tag,
                   expression_ops<case_node<Else, Branches...>>,
                   composite_traits<Branches..., Else> {
  using value_type = typename detail::case_value<Else, Branches...>::type;
  node_list<Branches...> branches;
  Else otherwise;

  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text("CASE");
    (Branches::render(ctx), ...);
    if constexpr (!std::is_same_v<Else, no_else>) {
      ctx.text(" ELSE ");
      render_operand<Else>(ctx);
    }
    ctx.text(" END");
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_parts(branches, f);
    visit_part(otherwise, f);
  }

  /// Another branch: `.when(users.age < 65, "adult")`
  template <class Condition, class Value>
    requires std::is_same_v<Else, no_else>
  constexpr auto when(const Condition& condition, Value&& value) const {
    auto branch = make_when_branch<value_type>(condition, std::forward<Value>(value));
    using B = decltype(branch);
    return case_node<no_else, Branches..., B>{
        {}, {}, {}, extend(branch, std::index_sequence_for<Branches...>{}), {}};
  }
  /// The value when no branch matches: `.else_("senior")`
  template <class Value>
    requires std::is_same_v<Else, no_else>
  constexpr auto else_(Value&& value) const {
    using V = node_t<Value>;
    if constexpr (!values_comparable<value_type, typename V::value_type>()) {
      case_branches_incompatible<value_type, typename V::value_type>();
      return invalid_expression{};
    } else {
      return case_node<V, Branches...>{{}, {}, {}, branches, as_node(std::forward<Value>(value))};
    }
  }

 private:
  template <class B, std::size_t... I>
  constexpr node_list<Branches..., B> extend(const B& b, std::index_sequence<I...>) const {
    return {{static_cast<const node_slot<I, Branches>&>(branches).node}..., {b}};
  }
};

/// `case_when(users.age < 18, "minor")`: CASE WHEN ... THEN ... END
template <class Condition, class Value>
constexpr auto case_when(const Condition& condition, Value&& value) {
  auto branch = make_when_branch<void>(condition, std::forward<Value>(value));
  using B = decltype(branch);
  return case_node<no_else, B>{{}, {}, {}, {{branch}}, {}};
}

}  // namespace ctql
