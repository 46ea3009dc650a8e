#pragma once
// Dynamic queries: one statement type whose parts are present or absent at run time.
//   users.age >= maybe(min_age)              drops out of its && / || when min_age is empty
//   users.id.in(maybe(opt_ids))              the same for an optional range (expr/maybe_in.hpp)
//   dynamic(flag, users.age >= 18)           in where()/having(): drops out when flag is false
//   dynamic(flag, users.email)               in select(): std::optional, NULL (nullopt) when flag is false
//   one_of(i, users.name.asc(), users.id.desc())   in order_by() or select(): the i-th item (0-based)
//   or_each(range, f) / and_each(range, f)   f(element) for each element, joined by OR / AND;
//                                            an empty range drops out, as an empty maybe() does
//   dynamic(ctql::flag<"n">, table) in a join, and dynamic(that flag, x) for the parts that use
//                                            the table: clause/dynamic_join.hpp
// Each is a choice point of the statement's variant (expr/node.hpp says how variants are
// numbered); a connection prepares each variant once (run/acquire_statement.hpp).
#include <cstddef>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

#include "ctql/core/check.hpp"
#include "ctql/core/error.hpp"
#include "ctql/core/expr/expression_ops.hpp"
#include "ctql/core/expr/in.hpp"
#include "ctql/core/expr/logical.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/expr/value.hpp"
#include "ctql/core/meta/lean_std.hpp"
#include "ctql/core/meta/node_list.hpp"

namespace ctql {

template <class Given>
constexpr void maybe_takes_optional() {
  static_assert(always_false<Given>,
                "ctql: maybe() takes a std::optional<T>: maybe(opt) is its value when it has one, and the condition "
                "it is in drops out when it is empty");
}
template <class Part>
constexpr void dynamic_takes_expression() {
  static_assert(always_false<Part>,
                "ctql: dynamic(flag, x) takes a condition (for where()/having()) or a select item (an expression); "
                "name the item after it: dynamic(flag, x).as<name>()");
}
template <class Table>
constexpr void dynamic_join_needs_flag() {
  static_assert(always_false<Table>,
                "ctql: a dynamic join takes a named flag, so the parts that use its table can name it too: "
                "ctql::flag<name> with_posts{show}; ... left_join(dynamic(with_posts, posts)).on(...), then "
                "dynamic(with_posts, posts.title) where posts is used");
}
template <class Part>
constexpr void dynamic_holds_fixed_part() {
  static_assert(always_false<Part>,
                "ctql: dynamic(flag, x) in select() cannot hold maybe(), dynamic(), one_of() or or_each(); "
                "write its parts as a fixed expression");
}
template <class... Items>
constexpr void one_of_items_are_fixed() {
  static_assert(always_false<Items...>,
                "ctql: one_of(i, items...) takes fixed items: no maybe(), dynamic(), one_of() or or_each() inside");
}
template <class... Items>
constexpr void one_of_takes_items() {
  static_assert(always_false<Items...>,
                "ctql: one_of(i, items...) takes two or more expressions or sort items (expr.asc(), expr.desc())");
}
template <class Condition>
constexpr void each_needs_fixed_condition() {
  static_assert(always_false<Condition>,
                "ctql: or_each(range, f) / and_each(range, f): f must return a boolean condition without param<>, "
                "maybe(), dynamic(), in(range) or subqueries, e.g. [](const tag& t) { return posts.tag == t.name; }");
}

/// `maybe(opt)`: opt's value, bound, when it has one; the condition it is in drops out when it is empty.
template <class T>
struct maybe_node : expression_tag, expression_ops<maybe_node<T>>, leaf_traits {
  using value_type = typename detail::value_type_for<T>::type;
  static constexpr bool binds_values = true;
  static constexpr std::size_t variant_count = 2;
  std::optional<T> value;  // copied when the statement is built, as any value is

  template <class C>
  static constexpr bool present_at(const C& c, std::size_t mult) {
    return c.variant / mult % 2 == 1;
  }
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    // Outside a condition that drops out (which the statement's rules refuse) it would be NULL.
    if (ctx.choice(2) == 1) ctx.placeholder();
    else ctx.text("NULL");
  }
  template <class F>
  constexpr void visit(F& f) const {
    if (value) {
      variant_choice(f, 1, 2);
      f(detail::referred(*value));
    } else {
      variant_choice(f, 0, 2);
    }
  }
};

template <class T>
inline constexpr bool is_std_optional = false;
template <class T>
inline constexpr bool is_std_optional<std::optional<T>> = true;

/// `users.age >= maybe(min_age)`: compared with min_age's value, or dropped when min_age is empty.
template <class O>
constexpr auto maybe(O&& opt) {
  using given = std::remove_cvref_t<O>;
  if constexpr (!is_std_optional<given>) {
    maybe_takes_optional<given>();
    return invalid_expression{};
  } else if constexpr (value_range<typename given::value_type>) {
    // A list for in(): x.in(maybe(ids)) (expr/maybe_in.hpp).
    return detail::maybe_of_range(std::forward<O>(opt));
  } else {
    using element = typename given::value_type;
    // Text given as const char* or a char array is copied into a std::string, as a value is.
    using stored = std::conditional_t<std::is_pointer_v<element>, std::string, element>;
    maybe_node<stored> node{{}, {}, {}, std::nullopt};
    if (opt) node.value.emplace(*std::forward<O>(opt));
    return node;
  }
}

/// `dynamic(flag, part)`: the part when flag is true; otherwise a condition drops out, and a
/// select item is NULL (its value type is std::optional either way).
template <class Part>
struct dynamic_node : expression_tag, expression_ops<dynamic_node<Part>>, composite_traits<Part> {
  using value_type = std::optional<strip_optional_t<typename Part::value_type>>;
  static constexpr bool is_leaf = Part::is_leaf;
  static constexpr std::size_t variant_count = variant_product(2, variants_of<Part>);
  static constexpr bool is_variant_item = fixed_shape<Part>;  // allowed as a select() item
  bool on = false;
  Part part;

  template <class C>
  static constexpr bool present_at(const C& c, std::size_t mult) {
    return c.variant / mult % 2 == 1 && ctql::present_at<Part>(c, mult * 2);
  }
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    if (ctx.choice(2) == 1) {
      Part::render(ctx);
    } else {
      ctx.text("NULL");  // a select item keeps its place, so rows read the same in every variant
      ctx.skip_choices(variants_of<Part>);
    }
  }
  template <class F>
  constexpr void visit(F& f) const {
    if (on) {
      variant_choice(f, 1, 2);
      visit_part(part, f);
    } else {
      variant_choice(f, 0, 2);
      variant_skip(f, variants_of<Part>);
    }
  }
};

/// `dynamic(want_email, users.email)`, `dynamic(only_adults, users.age >= 18)`
template <class Part>
constexpr auto dynamic(bool flag, const Part& part) {
  if constexpr (requires { typename Part::provided_tables; }) {
    dynamic_join_needs_flag<Part>();
    return part;  // joined always, so one mistake gives one error
  } else if constexpr (!expression<Part>) {
    dynamic_takes_expression<Part>();
    return invalid_expression{};
  } else {
    return dynamic_node<Part>{{}, {}, {}, flag, part};
  }
}

/// `one_of(i, a, b, c)`: the i-th item. The items share one value type where one_of() is a select item.
namespace detail {
template <class Item>
struct item_value {
  using type = void;  // a sort item has no value
};
template <class Item>
  requires requires { typename Item::value_type; }
struct item_value<Item> {
  using type = typename Item::value_type;
};
}  // namespace detail

template <class... Items>
struct one_of_node : one_of_tag, composite_traits<Items...> {
  using first = meta::first<type_list<Items...>>;
  static constexpr bool one_value_type =
      (std::is_same_v<typename detail::item_value<first>::type, typename detail::item_value<Items>::type> && ...);
  using value_type = typename detail::item_value<first>::type;
  static constexpr bool is_leaf = false;
  static constexpr bool is_variant_item = true;
  static constexpr std::size_t variant_count = sizeof...(Items);
  std::size_t index = 0;
  node_list<Items...> items;

  template <class C>
  static constexpr bool present_at(const C&, std::size_t) {
    return true;
  }
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    const std::size_t chosen = ctx.choice(sizeof...(Items));
    node_list<Items...>::for_each_type([&]<std::size_t I, class Item>() {
      if (I == chosen) Item::render(ctx);
    });
  }
  template <class F>
  constexpr void visit(F& f) const {
    variant_choice(f, index, sizeof...(Items));
    std::size_t i = 0;
    items.for_each([&](const auto& item) {
      if (i++ == index) visit_part(item, f);
    });
  }
};

template <class T>
concept one_of_item = expression<T> || std::is_base_of_v<sort_tag, T>;

/// `order_by(one_of(sort, users.name.asc(), users.age.desc()))`: the item at 0-based `index`;
/// ctql::error when the index is past the last item.
template <class... Items>
constexpr auto one_of(std::size_t index, const Items&... items) {
  if constexpr (sizeof...(Items) < 2 || !(one_of_item<Items> && ...)) {
    one_of_takes_items<Items...>();
    return invalid_expression{};
  } else if constexpr (!(fixed_shape<Items> && ...)) {
    one_of_items_are_fixed<Items...>();
    return invalid_expression{};
  } else {
    if (index >= sizeof...(Items)) throw error("ctql: one_of() was given an index past its last item");
    return one_of_node<Items...>{{}, {}, index, {{items}...}};
  }
}

/// `or_each(tags, f)`: (f(t1) OR f(t2) OR ...), one condition per element; drops out when empty.
template <class Op, class Condition>
struct each_node : expression_tag, expression_ops<each_node<Op, Condition>>, composite_traits<Condition> {
  using value_type = predicate_value_t<Condition>;
  static constexpr bool is_dynamic = true;
  static constexpr std::size_t variant_count = 2;
  std::vector<Condition> conditions;

  template <class C>
  static constexpr bool present_at(const C& c, std::size_t mult) {
    return c.variant / mult % 2 == 1;
  }
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    if (ctx.choice(2) == 0) {
      ctx.text("NULL");  // refused outside where()/having() by the statement's rules
      return;
    }
    const std::size_t n = ctx.dynamic_size();
    for (std::size_t i = 0; i < n; ++i) {
      if (i > 0) ctx.text(std::is_same_v<Op, op::logical_or> ? " OR " : " AND ");
      render_operand<Condition>(ctx);
    }
  }
  template <class F>
  constexpr void visit(F& f) const {
    if (conditions.empty()) {
      variant_choice(f, 0, 2);
      return;
    }
    variant_choice(f, 1, 2);
    if constexpr (requires { f.dynamic_size(std::size_t{}); }) f.dynamic_size(conditions.size());
    for (const auto& c : conditions) visit_part(c, f);
  }
};

template <class Op, class R, class Make>
auto make_each(R&& range, Make&& make) {
  using condition = std::remove_cvref_t<decltype(make(*std::ranges::begin(range)))>;
  if constexpr (!boolean_expression<condition> || condition::params::size != 0 || !fixed_shape<condition> ||
                condition::is_dynamic) {
    each_needs_fixed_condition<condition>();
    return invalid_expression{};
  } else {
    each_node<Op, condition> node{{}, {}, {}, {}};
    for (auto&& element : range) node.conditions.push_back(make(element));
    return node;
  }
}

/// `or_each(tags, [](const std::string& t) { return posts.tag == t; })`: any of them; drops out when empty.
template <std::ranges::input_range R, class Make>
auto or_each(R&& range, Make&& make) {
  return make_each<op::logical_or>(std::forward<R>(range), std::forward<Make>(make));
}
/// `and_each(words, [](const std::string& w) { return items.name.like(w); })`: all of them; drops out when empty.
template <std::ranges::input_range R, class Make>
auto and_each(R&& range, Make&& make) {
  return make_each<op::logical_and>(std::forward<R>(range), std::forward<Make>(make));
}

}  // namespace ctql
