#pragma once
// `f.over(window)`: a window function. The window is `partition_by(a, b)` or `window()` (one
// partition), then optionally `.order_by(items...)` and a frame, `.rows_between(start, end)` or
// `.range_between(start, end)`, with unbounded_preceding(), preceding<N>(), current_row(),
// following<N>(), unbounded_following(); `over()` alone is every row.
//   sum(posts.likes).over(partition_by(posts.user_id).order_by(posts.id).rows_between(unbounded_preceding(), current_row()))
//   SUM("posts"."likes") OVER (PARTITION BY "posts"."user_id" ORDER BY "posts"."id" ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
//
// A window function has the trait has_window (expr/node.hpp); where(), having(), group_by(),
// on(), set()/values() and returning() refuse it, as SQL does. It is not an aggregate for the
// grouping rules: its columns (argument, partition, order) must be grouped or inside an inner
// aggregate. Frame offsets are compile-time constants written as literals: MariaDB takes no
// placeholder there.
#include <cstdint>
#include <cstddef>
#include <type_traits>

#include "ctql/core/expr/expression_ops.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/expr/sort_order.hpp"
#include "ctql/core/meta/node_list.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/schema/value_types.hpp"

namespace ctql {

template <class Expression>
constexpr void window_function_nested() {
  static_assert(always_false<Expression>,
                "ctql: a window function cannot be inside an aggregate or another window function (its "
                "argument, partition_by() or order_by()); select it in a derived table (.as<name>()) and use "
                "its column there");
}
template <class Arg>
constexpr void over_takes_a_window() {
  static_assert(always_false<Arg>,
                "ctql: over() takes a window: nothing (every row), partition_by(...) or window(), then "
                "optionally .order_by(...) and .rows_between()/.range_between()");
}
template <class Item>
constexpr void window_order_by_takes_expressions() {
  static_assert(always_false<Item>,
                "ctql: a window's order_by() takes columns or expressions, optionally with .asc()/.desc() and "
                ".nulls_first()/.nulls_last(); not a named select item (a window cannot use select()'s names)");
}
template <class Window>
constexpr void window_part_given_twice() {
  static_assert(always_false<Window>,
                "ctql: this window already has that part: give order_by() once, before the frame, and one "
                "frame (rows_between() or range_between())");
}
template <class Bound>
constexpr void frame_takes_bounds() {
  static_assert(always_false<Bound>,
                "ctql: rows_between() and range_between() take unbounded_preceding(), preceding<N>(), "
                "current_row(), following<N>() or unbounded_following()");
}
template <class Start, class End>
constexpr void frame_bounds_out_of_order() {
  static_assert(always_false<Start, End>,
                "ctql: a frame runs from its start to its end: it cannot start at unbounded_following() or end "
                "at unbounded_preceding(), and its start cannot come after its end (following before "
                "current_row before preceding)");
}
template <auto N>
constexpr void frame_offset_not_a_count() {
  static_assert(always_false<decltype(N)>,
                "ctql: preceding<N>() and following<N>() take a non-negative integer constant, the number of "
                "rows (or of ORDER BY units for range_between())");
}
template <class Window>
constexpr void range_offset_needs_one_numeric_order_item() {
  static_assert(always_false<Window>,
                "ctql: range_between() with preceding<N>() or following<N>() needs a window with exactly one "
                "order_by() item of a numeric type (the offset is measured on it); use rows_between() to count rows");
}
template <class Dialect, class Window>
constexpr void range_offset_with_emulated_nulls_order() {
  static_assert(always_false<Dialect, Window>,
                "ctql: MySQL has no NULLS FIRST/LAST, so ctql writes x IS NULL, x ASC: two sort keys, but "
                "range_between() with preceding<N>() or following<N>() needs exactly one; drop nulls_first()/"
                "nulls_last() from the window's order_by() or use rows_between()");
}

/// Where a frame starts or ends, in SQL's order: before the current row, at it, after it.
enum class frame_point { unbounded_preceding, preceding, current_row, following, unbounded_following };

struct frame_bound_tag {};

template <frame_point Point, std::uint64_t Offset = 0>
struct frame_bound : frame_bound_tag {
  static constexpr frame_point point = Point;
  static constexpr bool has_offset = Point == frame_point::preceding || Point == frame_point::following;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    if constexpr (Point == frame_point::unbounded_preceding) ctx.text("UNBOUNDED PRECEDING");
    else if constexpr (Point == frame_point::current_row) ctx.text("CURRENT ROW");
    else if constexpr (Point == frame_point::unbounded_following) ctx.text("UNBOUNDED FOLLOWING");
    else {
      ctx.number(Offset);
      ctx.text(Point == frame_point::preceding ? " PRECEDING" : " FOLLOWING");
    }
  }
};

/// `unbounded_preceding()`: the partition's first row.
constexpr frame_bound<frame_point::unbounded_preceding> unbounded_preceding() { return {}; }
/// `current_row()`
constexpr frame_bound<frame_point::current_row> current_row() { return {}; }
/// `unbounded_following()`: the partition's last row.
constexpr frame_bound<frame_point::unbounded_following> unbounded_following() { return {}; }

/// Whether N is a count: an integer constant, not negative (preceding<N>(), lag<N>()).
template <auto N>
constexpr bool is_count_constant() {
  using T = decltype(N);
  if constexpr (!std::is_integral_v<T> || std::is_same_v<T, bool>) return false;
  else if constexpr (std::is_signed_v<T>) return N >= 0;
  else return true;
}
/// `preceding<2>()`: 2 PRECEDING, written as a literal (MariaDB takes no placeholder there).
template <auto N>
constexpr auto preceding() {
  if constexpr (!is_count_constant<N>()) {
    frame_offset_not_a_count<N>();
    return frame_bound<frame_point::preceding>{};
  } else {
    return frame_bound<frame_point::preceding, static_cast<std::uint64_t>(N)>{};
  }
}
/// `following<1>()`: 1 FOLLOWING
template <auto N>
constexpr auto following() {
  if constexpr (!is_count_constant<N>()) {
    frame_offset_not_a_count<N>();
    return frame_bound<frame_point::following>{};
  } else {
    return frame_bound<frame_point::following, static_cast<std::uint64_t>(N)>{};
  }
}

enum class frame_unit { rows, range };

/// A window without a frame: the dialect's default (with an order_by(), from the partition's first
/// row to the current row and its peers).
struct no_frame {
  static constexpr bool present = false;
  static constexpr bool range_with_offset = false;
  template <class Ctx>
  static constexpr void render(Ctx&) {}
};

template <frame_unit Unit, class Start, class End>
struct window_frame {
  static constexpr bool present = true;
  static constexpr bool range_with_offset = Unit == frame_unit::range && (Start::has_offset || End::has_offset);
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text(Unit == frame_unit::rows ? "ROWS BETWEEN " : "RANGE BETWEEN ");
    Start::render(ctx);
    ctx.text(" AND ");
    End::render(ctx);
  }
};

struct window_tag {};

template <class Partition, class Order, class Frame>
struct window_spec;

namespace detail {
template <class Item>
struct window_sort_key {
  using type = Item;
};
template <class Item>
  requires std::is_base_of_v<sort_tag, Item>
struct window_sort_key<Item> {
  using type = typename Item::key_type;
};
/// Whether an order_by() item is written with an `x IS NULL` key before it on dialect D.
template <class D, class Item>
constexpr bool writes_null_key() {
  if constexpr (std::is_base_of_v<sort_tag, Item>) return Item::template emulates_nulls<D>;
  else return false;
}
}  // namespace detail

/// What a window's order_by() takes: an expression, or one with .asc()/.desc() (never a name).
template <class T>
concept window_order_item = expression<typename detail::window_sort_key<T>::type>;

template <class... Partition, class... Order, class Frame>
struct window_spec<type_list<Partition...>, type_list<Order...>, Frame> : window_tag,
                                                                           composite_traits<Partition..., Order...> {
  using frame = Frame;
  static constexpr bool has_order = sizeof...(Order) != 0;
  static constexpr bool has_frame = Frame::present;
  node_list<Partition...> partition;
  node_list<Order...> order;

  /// `.order_by(posts.id.desc())`: ORDER BY inside the window.
  template <class... Items>
  constexpr auto order_by(const Items&... items) const {
    using result = window_spec<type_list<Partition...>, type_list<Items...>, Frame>;
    if constexpr (has_order || has_frame) {
      window_part_given_twice<type_list<window_spec, Items...>>();
      return *this;
    } else if constexpr (sizeof...(Items) == 0 || !(window_order_item<Items> && ...)) {
      (
          [] {
            if constexpr (!window_order_item<Items>) window_order_by_takes_expressions<Items>();
          }(),
          ...);
      if constexpr (sizeof...(Items) == 0) window_order_by_takes_expressions<type_list<Items...>>();
      return *this;
    } else {
      return result{{}, {}, partition, {{items}...}};
    }
  }
  /// `.rows_between(unbounded_preceding(), current_row())`: a frame counted in rows.
  template <class Start, class End>
  constexpr auto rows_between(const Start&, const End&) const {
    return with_frame<frame_unit::rows, Start, End>();
  }
  /// `.range_between(preceding<7>(), current_row())`: a frame of the rows whose order_by() value is
  /// within the offsets of the current row's (or its peers, for current_row()).
  template <class Start, class End>
  constexpr auto range_between(const Start&, const End&) const {
    return with_frame<frame_unit::range, Start, End>();
  }

  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    if constexpr (sizeof...(Partition) != 0) {
      ctx.text("PARTITION BY ");
      node_list<Partition...>::for_each_type([&]<std::size_t I, class P>() {
        if constexpr (I > 0) ctx.text(", ");
        P::render(ctx);
      });
    }
    if constexpr (has_order) {
      if constexpr (Frame::range_with_offset && (false || ... || detail::writes_null_key<typename Ctx::dialect, Order>()))
        range_offset_with_emulated_nulls_order<typename Ctx::dialect, window_spec>();
      ctx.text(sizeof...(Partition) != 0 ? " ORDER BY " : "ORDER BY ");
      node_list<Order...>::for_each_type([&]<std::size_t I, class O>() {
        if constexpr (I > 0) ctx.text(", ");
        O::render(ctx);
      });
    }
    if constexpr (has_frame) {
      if constexpr (sizeof...(Partition) != 0 || has_order) ctx.text(" ");
      Frame::render(ctx);
    }
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_parts(partition, f);
    visit_parts(order, f);
  }

  /// Whether range_between() with an offset has what it measures on: one numeric order_by() item.
  static constexpr bool range_offset_measurable() {
    if constexpr (!Frame::range_with_offset) {
      return true;
    } else if constexpr (sizeof...(Order) != 1) {
      return false;
    } else {
      return numeric_value<strip_optional_t<typename detail::window_sort_key<Order...>::type::value_type>>;
    }
  }

 private:
  template <frame_unit Unit, class Start, class End>
  constexpr auto with_frame() const {
    using result = window_spec<type_list<Partition...>, type_list<Order...>, window_frame<Unit, Start, End>>;
    if constexpr (has_frame) {
      window_part_given_twice<type_list<window_spec, Start, End>>();
      return *this;
    } else if constexpr (!std::is_base_of_v<frame_bound_tag, Start> || !std::is_base_of_v<frame_bound_tag, End>) {
      if constexpr (!std::is_base_of_v<frame_bound_tag, Start>) frame_takes_bounds<Start>();
      if constexpr (!std::is_base_of_v<frame_bound_tag, End>) frame_takes_bounds<End>();
      return *this;
    } else if constexpr (Start::point == frame_point::unbounded_following ||
                         End::point == frame_point::unbounded_preceding || Start::point > End::point) {
      frame_bounds_out_of_order<Start, End>();
      return *this;
    } else {
      return result{{}, {}, partition, order};
    }
  }
};

using empty_window = window_spec<type_list<>, type_list<>, no_frame>;

template <class T>
concept window_expression = std::is_base_of_v<window_tag, T>;

/// `window()`: a window over all rows (one partition), to add .order_by() and a frame to.
constexpr empty_window window() { return {}; }

/// `partition_by(posts.user_id)`: PARTITION BY "posts"."user_id"
template <class... Expressions>
constexpr auto partition_by(const Expressions&... expressions) {
  if constexpr (sizeof...(Expressions) == 0 || !(expression<Expressions> && ...)) {
    (
        [] {
          if constexpr (!expression<Expressions>) over_takes_a_window<Expressions>();
        }(),
        ...);
    if constexpr (sizeof...(Expressions) == 0) over_takes_a_window<type_list<Expressions...>>();
    return empty_window{};
  } else {
    return window_spec<type_list<Expressions...>, type_list<>, no_frame>{{}, {}, {{expressions}...}, {}};
  }
}

namespace detail {
template <class Arguments, class Window>
struct window_call_traits;
template <class... Arguments, class Window>
struct window_call_traits<type_list<Arguments...>, Window> {
  using type = composite_traits<Arguments..., Window>;
};
}  // namespace detail

/// `Call OVER (window)`. Call is an aggregate (aggregate.hpp) or a function that exists only as a
/// window function (window_functions.hpp); it has `arguments` (a type_list: their columns are this
/// node's free columns, unlike an aggregate's), `frame_allowed`, `needs_order`, and writes itself
/// with render_call(ctx).
template <class Call, class Window>
struct window_call : expression_tag,
                     expression_ops<window_call<Call, Window>>,
                     detail::window_call_traits<typename Call::arguments, Window>::type {
  using value_type = typename Call::value_type;
  static constexpr bool is_leaf = true;  // a function call needs no parentheses
  static constexpr bool never_null = Call::never_null;
  static constexpr bool has_window = true;
  Call call;
  Window window;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    Call::render_call(ctx);
    ctx.text(" OVER (");
    Window::render(ctx);
    ctx.text(")");
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(call, f);
    visit_part(window, f);
  }
};

template <class Call>
constexpr void window_function_takes_no_frame() {
  static_assert(always_false<Call>,
                "ctql: row_number(), rank(), dense_rank(), lag() and lead() take no frame (rows_between()/"
                "range_between()): they number or reach rows of the whole partition, and MariaDB refuses one");
}
template <class Call>
constexpr void window_function_needs_order() {
  static_assert(always_false<Call>,
                "ctql: rank(), dense_rank(), lag() and lead() need an order_by() in their window: without one every "
                "row ranks 1 and the previous row is arbitrary (and MariaDB refuses it); add .order_by(...)");
}

/// Call OVER (window), with the rules that need both.
template <class Call, class Window>
constexpr auto make_window_call(const Call& call, const Window& window) {
  if constexpr (!window_expression<Window>) {
    over_takes_a_window<Window>();
    return invalid_expression{};
  } else if constexpr (Window::has_window) {
    window_function_nested<Window>();
    return invalid_expression{};
  } else if constexpr (Window::has_frame && !Call::frame_allowed) {
    window_function_takes_no_frame<Call>();
    return invalid_expression{};
  } else if constexpr (Call::needs_order && !Window::has_order) {
    window_function_needs_order<Call>();
    return invalid_expression{};
  } else if constexpr (!Window::range_offset_measurable()) {
    range_offset_needs_one_numeric_order_item<Window>();
    return invalid_expression{};
  } else {
    return window_call<Call, Window>{{}, {}, {}, call, window};
  }
}

/// `.over(...)` for the calls that can be window functions.
template <class Derived>
struct windowable {
  /// `count().over()`: OVER (), every row of the result.
  constexpr auto over() const { return make_window_call(static_cast<const Derived&>(*this), empty_window{}); }
  /// `rank().over(partition_by(posts.user_id).order_by(posts.likes.desc()))`
  template <class Window>
  constexpr auto over(const Window& window) const {
    return make_window_call(static_cast<const Derived&>(*this), window);
  }
};

}  // namespace ctql
