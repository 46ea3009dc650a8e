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
//   variant_count         how many shapes its SQL can take at run time (maybe(), dynamic(), one_of(),
//                         or_each(): expr/dynamic.hpp); 1 for a fixed shape
//   flags                 the named flags it depends on (dynamic(flag<"n">, x): expr/flag.hpp), as
//                         flag_name<...>; a part with none and one variant has a fixed shape
//   static present_at(c, mult)  whether it renders anything in the variant c.variant, its digits
//                         from `mult`, and the flag values c.flag_on(name) (see below)
//   static render(ctx)    writes its SQL; depends only on the type
//   visit(f) const        calls f on each bound value, in the order render wrote placeholders
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "ctql/core/error.hpp"
#include "ctql/core/expr/flag.hpp"
#include "ctql/core/meta/node_list.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/schema/value_types.hpp"

namespace ctql {

struct expression_tag {};
/// Marks one_of(i, items...): a select() or order_by() item, not an expression (expr/dynamic.hpp).
struct one_of_tag {};
/// Marks maybe(std::optional<range>): only in() takes it (expr/maybe_in.hpp).
struct maybe_range_tag {};

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

/// How many variants T's SQL has: T::variant_count, or 1 for a part that says nothing (a table).
template <class T>
inline constexpr std::size_t variants_of = [] {
  if constexpr (requires { T::variant_count; }) return std::size_t{T::variant_count};
  else return std::size_t{1};
}();

// Variants. A statement's choice points (a maybe(), a dynamic(), a one_of(), an or_each()) each
// have a radix (2, or one_of's item count) and a digit, read in render order: the variant index
// is the mixed-radix number of the digits, the first choice lowest. A part whose subtree has
// variant_count V occupies the digits from `mult` (the product of the radices before it) to
// mult * V. Rendering reads them from the context (ctx.variant, ctx.choice_mult); a visit
// reports them to a visitor that asks (variant_choice / variant_skip), so a connection finds the
// variant of a statement value without rendering.

/// a * b, kept at 2^40 past it: a statement's count of variants is bounded well below
/// (query/variants.hpp), and a product of many choices must not wrap around to a small number.
constexpr std::size_t variant_product(std::size_t a, std::size_t b) {
  constexpr std::size_t cap = std::size_t{1} << 40;
  return (a > cap || b > cap || a * b > cap) ? cap : a * b;
}
template <class... Parts>
inline constexpr std::size_t variant_count_of = [] {
  std::size_t n = 1;
  ((n = variant_product(n, variants_of<Parts>)), ...);
  return n;
}();

/// Whether T's SQL is the same in every variant: no choice point, no named flag.
template <class T>
inline constexpr bool fixed_shape = variants_of<T> == 1 && flags_of<T>::size == 0;

/// Whether node N renders anything in the variant c is at (c.variant, c.flag_on), its digits
/// starting at `mult`. c is a render context or a variant_counter.
template <class N, class C>
constexpr bool present_at(const C& c, std::size_t mult) {
  if constexpr (fixed_shape<N>) return true;
  else return N::present_at(c, mult);
}
/// Whether every flag of a type_list of flag_name<...> is on in c.
template <class C, class... Names>
constexpr bool flags_on(const C& c, type_list<Names...>) {
  return (c.flag_on(Names::name) && ...);
}

/// Tells a visitor that asks for them the digit of a choice point with `radix` options.
template <class F>
constexpr void variant_choice(F& f, std::size_t digit, std::size_t radix) {
  if constexpr (requires { f.variant_choice(digit, radix); }) f.variant_choice(digit, radix);
}
/// Tells a visitor that asks that a part with `count` variants is left out (its digits are 0).
template <class F>
constexpr void variant_skip(F& f, std::size_t count) {
  if constexpr (requires { f.variant_skip(count); }) f.variant_skip(count);
}

/// A visitor that takes a visit's sizes and variants but not its values: it says
/// `static constexpr bool ignores_values = true` (finding a statement's text, not binding it). A
/// part may then leave its values unread: values(range) does not read its rows, in(ref(range)) its
/// elements, so a range that makes its elements as it goes makes each once, for the binding.
template <class F>
concept visitor_ignores_values = requires { F::ignores_values; };

/// The variant index of a visited statement or node; ignores values.
struct variant_counter {
  std::size_t variant = 0;
  std::size_t mult = 1;
  flag_values flags{};  // the statement's, when a part of it is visited (expr/flag.hpp)
  constexpr bool flag_on(std::string_view name) const { return flags.on(name); }
  constexpr void variant_choice(std::size_t digit, std::size_t radix) {
    variant += digit * mult;
    mult *= radix;
  }
  constexpr void variant_skip(std::size_t count) { mult *= count; }
  constexpr void dynamic_size(std::size_t) {}
  template <class V>
  constexpr void operator()(const V&) {}
};

/// The variant of a node or statement value: which of its variant_count shapes it renders.
template <class N>
constexpr std::size_t variant_of(const N& n) {
  if constexpr (variants_of<N> == 1) {
    return 0;
  } else {
    variant_counter counter;
    n.visit(counter);
    return counter.variant;
  }
}

/// Whether a node value renders anything (a condition whose maybe() is empty does not), visited
/// by f, which carries the statement's flag values.
template <class N, class F>
constexpr bool present(const N& n, const F& f) {
  if constexpr (fixed_shape<N>) {
    return true;
  } else {
    variant_counter counter;
    counter.flags = flags_carried_by(f);
    n.visit(counter);
    return N::present_at(counter, 1);
  }
}

/// Whether visiting a part does nothing: it binds no value, has no runtime-sized part and one
/// fixed shape (a column, a literal, an expression of those). A part without these traits (a
/// table) may.
template <class N>
constexpr bool visits_nothing() {
  if constexpr (requires { N::binds_values; N::is_dynamic; })
    return !N::binds_values && !N::is_dynamic && fixed_shape<N>;
  else
    return false;
}
namespace detail {
/// Counts what a visit gives: a part that says it visits nothing must give nothing.
struct visit_counter {
  std::size_t seen = 0;
  template <class V>
  constexpr void operator()(const V&) {
    ++seen;
  }
  constexpr void dynamic_size(std::size_t) { ++seen; }
  constexpr void variant_choice(std::size_t, std::size_t) { ++seen; }
};
/// A node whose traits say it binds nothing, but whose visit binds: its value would silently not
/// be bound (SQLite binds NULL in its place). A defect of ctql's, caught by debug builds.
/// (Named through __PRETTY_FUNCTION__, not typeid: a program may be built without RTTI.)
template <class N>
[[noreturn, gnu::noinline, gnu::cold]] void node_traits_wrong() {
  throw error(std::string("an expression node says it binds nothing but binds a value (") + __PRETTY_FUNCTION__ +
              "): a defect of ctql's, please report it");
}
}  // namespace detail

/// n.visit(f), left out for a part that visits nothing: not even instantiated, so a statement's
/// columns cost the compiler no visit function each. ctql's own tests build with
/// CTQL_CHECK_NODE_TRAITS, which checks that such a part does visit nothing (a check that would
/// instantiate every visit it saves, so programs are not built with it).
template <class N, class F>
constexpr void visit_part(const N& n, F& f) {
  if constexpr (!visits_nothing<N>()) {
    n.visit(f);
  } else {
#ifdef CTQL_CHECK_NODE_TRAITS
    if (!std::is_constant_evaluated()) {
      detail::visit_counter counter;
      n.visit(counter);
      if (counter.seen != 0) detail::node_traits_wrong<N>();
    }
#endif
  }
}

namespace detail {
/// Where the parts Ts... that a visit must reach are (those that do not visit nothing), in order.
template <class... Ts>
struct visited_parts {
  static constexpr std::size_t count = (std::size_t{0} + ... + std::size_t{!visits_nothing<Ts>()});
  static constexpr auto positions = [] {
    constexpr bool visited[] = {!visits_nothing<Ts>()..., false};
    std::array<std::size_t, count> at{};
    std::size_t k = 0;
    for (std::size_t i = 0; i < sizeof...(Ts); ++i)
      if (visited[i]) at[k++] = i;
    return at;
  }();
};
template <class Parts, class List, class F, std::size_t... K>
constexpr void visit_positions(const List& list, F& f, std::index_sequence<K...>) {
  (node_at<Parts::positions[K]>(list).visit(f), ...);
}
}  // namespace detail

/// visit_part on each element of a node_list, in order: only those that visit something are
/// reached, with no function per element.
template <std::size_t... I, class... Ts, class F>
constexpr void visit_parts(const node_list_impl<std::index_sequence<I...>, Ts...>& list, F& f) {
#ifdef CTQL_CHECK_NODE_TRAITS
  (visit_part(static_cast<const node_slot<I, Ts>&>(list).node, f), ...);
#else
  using parts = detail::visited_parts<Ts...>;
  if constexpr (parts::count != 0) detail::visit_positions<parts>(list, f, std::make_index_sequence<parts::count>{});
#endif
}

/// Traits of a node with no operands.
struct leaf_traits {
  using tables = type_list<>;
  using free_columns = type_list<>;
  using params = type_list<>;
  using flags = type_list<>;
  static constexpr bool has_aggregate = false;
  static constexpr bool is_dynamic = false;
  static constexpr bool is_leaf = true;
  static constexpr bool never_null = false;
  static constexpr bool binds_values = false;
  static constexpr bool has_window = false;
  static constexpr std::size_t variant_count = 1;
  template <class F>
  constexpr void visit(F&) const {}
};

/// Traits of a node made of Operands: the union of theirs.
template <class... Operands>
struct composite_traits {
  using tables = meta::concat<typename Operands::tables...>;
  using free_columns = meta::concat<typename Operands::free_columns...>;
  using params = meta::concat<typename Operands::params...>;
  using flags = meta::concat<flags_of<Operands>...>;
  static constexpr bool has_aggregate = (false || ... || Operands::has_aggregate);
  static constexpr bool is_dynamic = (false || ... || Operands::is_dynamic);
  static constexpr bool is_leaf = false;
  static constexpr bool never_null = false;
  static constexpr bool binds_values = (false || ... || Operands::binds_values);
  static constexpr bool has_window = (false || ... || Operands::has_window);
  static constexpr std::size_t variant_count = variant_count_of<Operands...>;
  /// A node whose choices are all maybe() (a comparison, like, between, in, a function of them)
  /// renders only when every maybe() has its value: then each digit is 1, the largest index;
  /// and, with a part under dynamic(flag<...>, x), when each such flag is on.
  template <class C>
  static constexpr bool present_at(const C& c, std::size_t mult) {
    return (variant_count == 1 || (c.variant / mult) % variant_count == variant_count - 1) && flags_on(c, flags{});
  }
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
