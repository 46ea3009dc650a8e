#pragma once
// `users.id.in(1, 2, 3)`, `users.id.in(ids)` (any range; renders at run time) and
// `users.id.in(select(posts.user_id).from(posts))`.
#include <cstddef>
#include <type_traits>
#include <utility>

#include "ctql/core/check.hpp"
#include "ctql/core/expr/comparison_check.hpp"
#include "ctql/core/expr/kept_range.hpp"
#include "ctql/core/expr/maybe_in.hpp"
#include "ctql/core/expr/value.hpp"
#include "ctql/core/meta/lean_std.hpp"
#include "ctql/core/meta/node_list.hpp"

namespace ctql {

/// Marks a select statement used as a subquery.
struct subquery_tag {};

/// `x IN (?, ?, ?)`: the list's length is part of the type.
template <class Operand, class... Values>
struct in_list_node : expression_tag, composite_traits<Operand, Values...> {
  using value_type = predicate_value_t<Operand, Values...>;
  Operand operand;
  node_list<Values...> values;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    render_operand<Operand>(ctx);
    ctx.text(" IN (");
    node_list<Values...>::for_each_type([&]<std::size_t I, class V>() {
      if constexpr (I > 0) ctx.text(", ");
      render_operand<V>(ctx);
    });
    ctx.text(")");
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(operand, f);
    visit_parts(values, f);
  }
};

/// `x IN (?, ?, ...)` with one placeholder per element of a range known only at run time.
/// Range is what keep_range() keeps: the statement's own copy, or a pointer for ctql::ref(range).
template <class Operand, class Range>
struct in_range_node : expression_tag, composite_traits<Operand> {
  using value_type = predicate_value_t<Operand>;
  static constexpr bool is_dynamic = true;
  static constexpr bool binds_values = true;
  Operand operand;
  mutable Range range;  // views such as filter_view are read only through non-const access

  auto& elements() const { return kept_elements(range); }
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    render_in_range<Operand>(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(operand, f);
    visit_range_elements(f, elements());
  }
};

/// `x IN (SELECT ...)`
template <class Operand, class Query>
struct in_subquery_node : expression_tag, composite_traits<Operand> {
  Operand operand;
  Query query;
  using value_type = predicate_value_t<Operand, typename Query::first_column>;
  using tables = meta::concat<typename Operand::tables, typename Query::free_tables>;
  using params = meta::concat<typename Operand::params, typename Query::params>;
  static constexpr bool is_dynamic = Operand::is_dynamic || Query::is_dynamic;
  static constexpr bool binds_values = Operand::binds_values || Query::binds_values;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    render_operand<Operand>(ctx);
    ctx.text(" IN (");
    Query::render(ctx);
    ctx.text(")");
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(operand, f);
    visit_part(query, f);
  }
};

template <class T>
concept value_range = std::ranges::input_range<referred_range_t<T>> &&
                      category_of<referred_range_t<T>>() == category::unknown;

template <class Operand, class... Vs>
constexpr auto make_in_list(const Operand& operand, Vs&&... vs) {
  if constexpr (!(check_comparable<Operand, Vs>() && ...)) {
    return invalid_expression{};
  } else {
    return in_list_node<Operand, decltype(operand_against<Operand>(std::forward<Vs>(vs)))...>{
        {}, {}, operand, make_node_list(operand_against<Operand>(std::forward<Vs>(vs))...)};
  }
}

template <class Operand, class R>
constexpr auto make_in_range(const Operand& operand, R&& range) {
  using Range = referred_range_t<R>;
  using Element = std::ranges::range_value_t<Range>;
  if constexpr (!check_comparable<Operand, Element>()) {
    return invalid_expression{};
  } else if constexpr (!std::ranges::forward_range<Range>) {
    range_read_once<Range>();
    return invalid_expression{};
  } else {
    using Stored = typename detail::stored_value<Element>::type;
    return in_range_node<Operand, kept_range_t<R, Stored>>{{}, {}, operand, keep_range<Stored>(std::forward<R>(range))};
  }
}

template <class Operand, class Kept, class Element>
constexpr auto make_in_maybe_range(const Operand& operand, maybe_range<Kept, Element>&& given) {
  if constexpr (!check_comparable<Operand, Element>()) {
    return invalid_expression{};
  } else {
    return in_maybe_range_node<Operand, Kept>{{}, {}, operand, std::move(given.range)};
  }
}
template <class Operand, class Kept, class Element>
constexpr auto make_in_maybe_range(const Operand& operand, const maybe_range<Kept, Element>& given) {
  return make_in_maybe_range(operand, maybe_range<Kept, Element>(given));
}

template <class Operand, class Query>
constexpr auto make_in_subquery(const Operand& operand, const Query& query) {
  if constexpr (Query::column_count != 1) {
    in_subquery_needs_one_column<Query>();
    return invalid_expression{};
  } else if constexpr (!Query::template check<false>()) {
    return invalid_expression{};
  } else if constexpr (!check_comparable<Operand, typename Query::first_column>()) {
    return invalid_expression{};
  } else {
    return in_subquery_node<Operand, Query>{{}, {}, operand, query};
  }
}

template <class Operand, class V>
constexpr auto make_in(const Operand& operand, V&& v) {
  if constexpr (std::is_base_of_v<subquery_tag, std::remove_cvref_t<V>>)
    return make_in_subquery(operand, v);
  else if constexpr (std::is_base_of_v<maybe_range_tag, std::remove_cvref_t<V>>)
    return make_in_maybe_range(operand, std::forward<V>(v));
  else if constexpr (value_range<V>)
    return make_in_range(operand, std::forward<V>(v));
  else
    return make_in_list(operand, std::forward<V>(v));
}
template <class Operand, class V1, class V2, class... Vs>
constexpr auto make_in(const Operand& operand, V1&& v1, V2&& v2, Vs&&... vs) {
  return make_in_list(operand, std::forward<V1>(v1), std::forward<V2>(v2), std::forward<Vs>(vs)...);
}

}  // namespace ctql
