#pragma once
// `users.id.in(maybe(opt_ids))`, opt_ids a std::optional of a range: IN (?, ?, ...) with the
// range's values when it has one; when it is empty (nullopt), the condition drops out of its
// && / ||, as a condition with an empty maybe() does. A present but empty range is SQL's empty
// IN, false for every row (written `x IS NULL AND 1 = 0`, as in(range) writes it): "no ids
// given" and "none of these ids" stay apart.
#include <cstddef>
#include <optional>
#include <utility>

#include "ctql/core/expr/kept_range.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/expr/value.hpp"
#include "ctql/core/meta/lean_std.hpp"

namespace ctql {

/// `x IN (?, ?, ...)`, one placeholder per element of a range whose length the statement learns
/// when it is bound (in_range_node, and maybe() of a range when it is given).
template <class Operand, class Ctx>
constexpr void render_in_range(Ctx& ctx) {
  render_operand<Operand>(ctx);
  const std::size_t n = ctx.dynamic_size();
  if (n == 0) {
    ctx.text(" IS NULL AND 1 = 0");  // x IN () is false for every x, NULL included
    return;
  }
  ctx.text(" IN (");
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0) ctx.text(", ");
    ctx.placeholder();
  }
  ctx.text(")");
}
/// Tells the range's length (for the placeholders), then visits each element as a bound value,
/// unless f ignores values (finding the statement's text): an element is then not read, so a range
/// that makes its elements as it goes makes each once, for the binding.
template <class F, class Elements>
constexpr void visit_range_elements(F& f, Elements& elements) {
  if constexpr (requires { f.dynamic_size(std::size_t{}); })
    f.dynamic_size(static_cast<std::size_t>(std::ranges::distance(elements)));
  if constexpr (!visitor_ignores_values<F>) {
    using reference = std::ranges::range_reference_t<Elements&>;
    for (auto&& element : elements) visit_element<reference>(f, element);
  }
}

/// What maybe(std::optional<range>) gives: the range as the statement keeps it (a copy, the moved
/// container, or a pointer for std::optional<std::reference_wrapper<R>>), or nothing.
template <class Kept, class Element>
struct maybe_range : maybe_range_tag {
  using element_type = Element;
  std::optional<Kept> range;
};

/// `x IN (?, ?, ...)` when the range is given; dropped out (see above) when it is not.
template <class Operand, class Kept>
struct in_maybe_range_node : expression_tag, composite_traits<Operand> {
  using value_type = predicate_value_t<Operand>;
  static constexpr bool is_dynamic = true;  // its length is known at run time
  static constexpr bool binds_values = true;
  // Its own choice (given or not) first, then its operand's; present when all are at their
  // largest digit, as composite_traits says.
  static constexpr std::size_t variant_count = variant_product(2, variants_of<Operand>);
  Operand operand;
  mutable std::optional<Kept> range;  // views are read only through non-const access

  template <class C>
  static constexpr bool present_at(const C& c, std::size_t mult) {
    return (c.variant / mult) % variant_count == variant_count - 1 && flags_on(c, flags_of<Operand>{});
  }

  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    if (ctx.choice(2) == 0) {
      ctx.text("NULL");  // only where the statement's rules refuse it (a select() item)
      ctx.skip_choices(variants_of<Operand>);
      return;
    }
    render_in_range<Operand>(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    if (!range) {
      variant_choice(f, 0, 2);
      variant_skip(f, variants_of<Operand>);
      return;
    }
    variant_choice(f, 1, 2);
    visit_part(operand, f);
    visit_range_elements(f, kept_elements(*range));
  }
};

namespace detail {
/// maybe(opt) for an optional range O (as given: lvalue or rvalue).
template <class O>
auto maybe_of_range(O&& opt) {
  using given = std::remove_cvref_t<O>;
  // The range with the optional's value category, so a temporary's container moves in.
  using range_arg = std::conditional_t<std::is_lvalue_reference_v<O>, const typename given::value_type&,
                                       typename given::value_type&&>;
  using element = std::ranges::range_value_t<referred_range_t<range_arg>>;
  using stored = typename stored_value<element>::type;
  using kept = kept_range_t<range_arg, stored>;
  maybe_range<kept, element> out;
  if (opt) out.range.emplace(keep_range<stored>(static_cast<range_arg>(*opt)));
  return out;
}
}  // namespace detail

}  // namespace ctql
