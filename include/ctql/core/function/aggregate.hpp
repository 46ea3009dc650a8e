#pragma once
// count(), count(x), sum, avg, min, max. NULL is typed: an aggregate over no rows is NULL,
// except COUNT, which is 0. Each is also a window function with .over(...) (window.hpp), of the
// same type.
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>

#include "ctql/core/check.hpp"
#include "ctql/core/expr/expression_ops.hpp"
#include "ctql/core/function/window.hpp"

namespace ctql {

template <class Function, class Operand>
struct aggregate_node : expression_tag, expression_ops<aggregate_node<Function, Operand>>,
                        composite_traits<Operand>, windowable<aggregate_node<Function, Operand>> {
  using value_type = typename Function::template result<typename Operand::value_type>;
  using free_columns = type_list<>;  // inside an aggregate a column needs no GROUP BY
  static constexpr bool has_aggregate = true;
  static constexpr bool is_leaf = true;  // a function call needs no parentheses
  static constexpr bool never_null = Function::never_null;
  // As a window function (.over()): its operand's columns are not aggregated.
  using arguments = type_list<Operand>;
  static constexpr bool frame_allowed = true;
  static constexpr bool needs_order = false;
  Operand operand;
  template <class Ctx>
  static constexpr void render_call(Ctx& ctx) {
    render(ctx);
  }
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text(Function::sql);
    if constexpr (Function::averages && category_of<typename Operand::value_type>() == category::integral &&
                  Ctx::dialect::average_of_integers_rounded) {
      // The double the result type promises, not a DECIMAL rounded to 4 places (MySQL, MariaDB).
      ctx.text("(CAST(");
      Operand::render(ctx);
      ctx.text(" AS DOUBLE))");
    } else {
      ctx.text("(");
      Operand::render(ctx);
      ctx.text(")");
    }
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(operand, f);
  }
};

/// COUNT(*)
struct count_all_node : expression_tag, expression_ops<count_all_node>, leaf_traits, windowable<count_all_node> {
  using value_type = std::int64_t;
  static constexpr bool has_aggregate = true;
  static constexpr bool never_null = true;
  using arguments = type_list<>;
  static constexpr bool frame_allowed = true;
  static constexpr bool needs_order = false;
  template <class Ctx>
  static constexpr void render_call(Ctx& ctx) {
    render(ctx);
  }
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text("COUNT(*)");
  }
};

namespace detail {
/// sum() of a ctql::decimal<P, S> is a decimal<38, S> (SQL keeps the scale and widens).
template <class T>
constexpr auto sum_type() {
  if constexpr (category_of<T>() == category::decimal) return std::type_identity<typename T::template rebind<38, T::scale>>{};
  else return std::type_identity<std::conditional_t<std::is_floating_point_v<T>, double, std::int64_t>>{};
}
}  // namespace detail

namespace function {
struct count {
  static constexpr std::string_view sql = "COUNT";
  static constexpr bool averages = false;
  static constexpr bool never_null = true;
  template <class T>
  using result = std::int64_t;
};
struct sum {
  static constexpr std::string_view sql = "SUM";
  static constexpr bool averages = false;
  static constexpr bool never_null = false;
  template <class T>
  using result = std::optional<typename decltype(ctql::detail::sum_type<strip_optional_t<T>>())::type>;
};
struct avg {
  static constexpr std::string_view sql = "AVG";
  static constexpr bool averages = true;
  static constexpr bool never_null = false;
  template <class T>
  using result = std::optional<double>;
};
struct min {
  static constexpr std::string_view sql = "MIN";
  static constexpr bool averages = false;
  static constexpr bool never_null = false;
  template <class T>
  using result = make_optional_t<T>;
};
struct max {
  static constexpr std::string_view sql = "MAX";
  static constexpr bool averages = false;
  static constexpr bool never_null = false;
  template <class T>
  using result = make_optional_t<T>;
};
}  // namespace function

template <class Operand>
constexpr void avg_of_decimal() {
  static_assert(always_false<Operand>,
                "ctql: avg() of a ctql::decimal is not exact (each database rounds it to a scale of its own; "
                "SQLite through a double); select sum() and count() and divide them where you choose the rounding");
}

template <class Operand>
constexpr void min_max_of_json() {
  static_assert(always_false<Operand>,
                "ctql: min() and max() of JSON have no meaning (JSON has no order, and each database orders its "
                "text differently); take min() or max() of a value inside it, column.get<T>(json_path<...>)");
}

template <class Function, bool NeedsNumber, class E>
constexpr auto make_aggregate(const E&) {
  return invalid_expression{};
}

template <class Function, bool NeedsNumber, expression E>
constexpr auto make_aggregate(const E& e) {
  if constexpr (E::has_window) {
    window_function_nested<E>();
    return invalid_expression{};
  } else if constexpr (E::has_aggregate) {
    aggregate_of_aggregate<E>();
    return invalid_expression{};
  } else if constexpr ((std::is_same_v<Function, function::min> || std::is_same_v<Function, function::max>) &&
                       category_of<typename E::value_type>() == category::json) {
    min_max_of_json<typename E::value_type>();
    return invalid_expression{};
  } else if constexpr (std::is_same_v<Function, function::avg> &&
                       category_of<typename E::value_type>() == category::decimal) {
    avg_of_decimal<typename E::value_type>();
    return invalid_expression{};
  } else if constexpr (NeedsNumber && !numeric_value<typename E::value_type> &&
                       !(std::is_same_v<Function, function::sum> &&
                         category_of<typename E::value_type>() == category::decimal)) {
    aggregate_needs_numbers<typename E::value_type>();
    return invalid_expression{};
  } else {
    return aggregate_node<Function, E>{{}, {}, {}, {}, e};
  }
}

/// `count()`: COUNT(*)
constexpr count_all_node count() { return {}; }
/// `count(posts.id)`: rows where the expression is not NULL.
template <class E>
constexpr auto count(const E& e) {
  if constexpr (!expression<E>) aggregate_needs_expression<E>();
  return make_aggregate<function::count, false>(e);
}
/// `sum(orders.total)`: std::optional<std::int64_t> or std::optional<double>.
template <class E>
constexpr auto sum(const E& e) {
  if constexpr (!expression<E>) aggregate_needs_expression<E>();
  return make_aggregate<function::sum, true>(e);
}
/// `avg(users.age)`: std::optional<double>.
template <class E>
constexpr auto avg(const E& e) {
  if constexpr (!expression<E>) aggregate_needs_expression<E>();
  return make_aggregate<function::avg, true>(e);
}
/// `min(users.age)`: std::optional of the column's type.
template <class E>
constexpr auto min(const E& e) {
  if constexpr (!expression<E>) aggregate_needs_expression<E>();
  return make_aggregate<function::min, false>(e);
}
/// `max(users.age)`: std::optional of the column's type.
template <class E>
constexpr auto max(const E& e) {
  if constexpr (!expression<E>) aggregate_needs_expression<E>();
  return make_aggregate<function::max, false>(e);
}

}  // namespace ctql
