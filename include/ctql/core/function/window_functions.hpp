#pragma once
// The functions that exist only over a window: row_number(), rank(), dense_rank() (std::int64_t),
// lag<N>(x) and lead<N>(x) (x's type, optional: the first/last rows have no row N before/after).
// Each needs .over(...) (window.hpp): without it, rendering says so. None takes a frame, and all
// but row_number() need an order_by() in their window.
//   row_number().over(partition_by(posts.user_id).order_by(posts.id.desc()))
//   lag(posts.likes).over(window().order_by(posts.id))      LAG("posts"."likes") OVER (ORDER BY "posts"."id")
// lag/lead take no default value (MariaDB has no third argument): coalesce(lag(x).over(w), d).
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "ctql/core/expr/expression_ops.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/function/window.hpp"
#include "ctql/core/meta/node_list.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/schema/value_types.hpp"

namespace ctql {

template <class Call>
constexpr void window_function_needs_over() {
  static_assert(always_false<Call>,
                "ctql: row_number(), rank(), dense_rank(), lag() and lead() are window functions and need "
                ".over(...), e.g. row_number().over(partition_by(x).order_by(y))");
}
template <class Operand>
constexpr void lag_lead_take_an_expression() {
  static_assert(always_false<Operand>, "ctql: lag() and lead() take a column or an expression, not a C++ value");
}
template <auto N>
constexpr void lag_lead_offset_not_a_count() {
  static_assert(always_false<decltype(N)>,
                "ctql: lag<N>() and lead<N>() take a non-negative integer constant, how many rows back or ahead");
}

/// One of these functions before .over(): an expression so that it reaches the rules, but one
/// that does not render. Function has `sql`, `needs_order`, `result<Args...>` and `offset`.
template <class Function, class... Args>
struct window_function_node : expression_tag,
                              expression_ops<window_function_node<Function, Args...>>,
                              composite_traits<Args...>,
                              windowable<window_function_node<Function, Args...>> {
  using value_type = typename Function::template result<Args...>;
  static constexpr bool is_leaf = true;
  static constexpr bool never_null = !is_optional_v<value_type>;
  static constexpr bool has_window = true;  // where() and the like say a window function is misplaced
  using arguments = type_list<Args...>;
  static constexpr bool frame_allowed = false;
  static constexpr bool needs_order = Function::needs_order;
  node_list<Args...> args;

  template <class Ctx>
  static constexpr void render(Ctx&) {
    window_function_needs_over<type_list<window_function_node, Ctx>>();
  }
  /// NAME(args[, offset]), as over() writes it.
  template <class Ctx>
  static constexpr void render_call(Ctx& ctx) {
    ctx.text(Function::sql);
    ctx.text("(");
    node_list<Args...>::for_each_type([&]<std::size_t I, class A>() {
      if constexpr (I > 0) ctx.text(", ");
      A::render(ctx);
    });
    if constexpr (Function::offset != 1) {
      ctx.text(", ");
      ctx.number(Function::offset);
    }
    ctx.text(")");
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_parts(args, f);
  }
};

namespace function {
template <bool NeedsOrder>
struct ranking {
  static constexpr bool needs_order = NeedsOrder;
  static constexpr std::uint64_t offset = 1;  // no offset argument
  template <class...>
  using result = std::int64_t;
};
struct row_number : ranking<false> {
  static constexpr std::string_view sql = "ROW_NUMBER";
};
struct rank : ranking<true> {
  static constexpr std::string_view sql = "RANK";
};
struct dense_rank : ranking<true> {
  static constexpr std::string_view sql = "DENSE_RANK";
};
template <std::uint64_t Offset>
struct neighbour {
  static constexpr bool needs_order = true;
  static constexpr std::uint64_t offset = Offset;
  template <class Operand>
  using result = make_optional_t<typename Operand::value_type>;
};
template <std::uint64_t Offset>
struct lag : neighbour<Offset> {
  static constexpr std::string_view sql = "LAG";
};
template <std::uint64_t Offset>
struct lead : neighbour<Offset> {
  static constexpr std::string_view sql = "LEAD";
};
}  // namespace function

/// `row_number().over(...)`: 1, 2, 3, ... in the window's order, within each partition.
constexpr window_function_node<function::row_number> row_number() { return {}; }
/// `rank().over(...)`: ties share a rank, then ranks skip (1, 1, 3).
constexpr window_function_node<function::rank> rank() { return {}; }
/// `dense_rank().over(...)`: ties share a rank, without gaps (1, 1, 2).
constexpr window_function_node<function::dense_rank> dense_rank() { return {}; }

namespace detail {
template <template <std::uint64_t> class Function, auto N, class E>
constexpr auto make_neighbour(const E& e) {
  if constexpr (!is_count_constant<N>()) {
    lag_lead_offset_not_a_count<N>();
    return invalid_expression{};
  } else if constexpr (!expression<E>) {
    lag_lead_take_an_expression<E>();
    return invalid_expression{};
  } else if constexpr (E::has_window) {
    window_function_nested<E>();
    return invalid_expression{};
  } else {
    return window_function_node<Function<static_cast<std::uint64_t>(N)>, E>{{}, {}, {}, {}, {{e}}};
  }
}
}  // namespace detail

/// `lag(posts.likes).over(window().order_by(posts.id))`: the value N rows before (default 1), NULL
/// where there is none: `lag<2>(x)`.
template <auto N = 1, class E>
constexpr auto lag(const E& e) {
  return detail::make_neighbour<function::lag, N>(e);
}
/// `lead(posts.likes).over(window().order_by(posts.id))`: the value N rows after (default 1), NULL
/// where there is none: `lead<2>(x)`.
template <auto N = 1, class E>
constexpr auto lead(const E& e) {
  return detail::make_neighbour<function::lead, N>(e);
}

}  // namespace ctql
