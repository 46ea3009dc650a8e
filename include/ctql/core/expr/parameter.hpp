#pragma once
// Named parameters for prepared statements: `users.age >= ctql::param<"min_age">`.
#include <string_view>

#include "ctql/core/expr/node.hpp"
#include "ctql/core/meta/fixed_string.hpp"

namespace ctql {

/// A parameter whose type is not known yet; comparing or assigning it gives it one.
template <fixed_string Name>
struct untyped_parameter : expression_tag, leaf_traits {
  using value_type = void;  // settled by the expression it is used in
  static constexpr bool binds_values = true;
  static constexpr std::string_view name = Name.view();
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.placeholder();
  }
};

/// A parameter of known type T. Running the prepared statement binds the argument in its place.
template <fixed_string Name, class T>
struct parameter : expression_tag, leaf_traits {
  using value_type = T;
  using params = type_list<parameter>;
  static constexpr bool binds_values = true;
  static constexpr std::string_view name = Name.view();
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.placeholder();
  }
  template <class F>
  constexpr void visit(F& f) const {
    f(*this);
  }
};

/// `ctql::param<"min_age">`: a named argument of a statement given to db.prepare().
template <fixed_string Name>
inline constexpr untyped_parameter<Name> param{};

template <class T>
inline constexpr bool is_untyped_parameter = false;
template <fixed_string Name>
inline constexpr bool is_untyped_parameter<untyped_parameter<Name>> = true;

/// The operand with an untyped parameter given type T; anything else unchanged.
template <class T, class Node>
constexpr Node typed_as(const Node& node) {
  return node;
}
template <class T, fixed_string Name>
constexpr parameter<Name, T> typed_as(const untyped_parameter<Name>&) {
  return {};
}

}  // namespace ctql
