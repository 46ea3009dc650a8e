#pragma once
// ctql::literal<V>: a compile-time value written into the SQL text instead of bound, for what
// cannot bind (a CHECK in CREATE TABLE: core/schema/table_options.hpp).
#include <cstdint>
#include <string>
#include <type_traits>

#include "ctql/core/ddl/default_literal.hpp"
#include "ctql/core/expr/expression_ops.hpp"
#include "ctql/core/expr/node.hpp"

namespace ctql {

/// `users.age >= ctql::literal<0>`, `ctql::literal<"draft">`, `ctql::literal<2.5>`, `ctql::literal<true>`:
/// written as SQL text (strings quoted, quotes doubled), never bound.
template <default_literal V>
struct literal_node : expression_tag, expression_ops<literal_node<V>>, leaf_traits {
  using kind = typename decltype(V)::kind_t;
  using value_type = std::conditional_t<
      V.kind == kind::boolean, bool,
      std::conditional_t<V.kind == kind::integer, std::int64_t,
                         std::conditional_t<V.kind == kind::unsigned_integer, std::uint64_t,
                                            std::conditional_t<V.kind == kind::floating, double, std::string>>>>;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    render_default_literal(ctx, V);
  }
};
template <default_literal V>
inline constexpr literal_node<V> literal{};

}  // namespace ctql
