#pragma once
// A named flag: `const ctql::flag<"with_posts"> with_posts{form.show_posts};`. It decides a
// dynamic join, `users.left_join(dynamic(with_posts, posts)).on(...)`, and names it where the
// statement uses the joined table: `dynamic(with_posts, posts.title)`. The name is in the type, so
// the rule "a use of a dynamically joined table is guarded by the same flag" is checked at
// compile time (query/dynamic_join_rules.hpp); the value is read from the join.
//
// A statement's flags (the names of its dynamic joins) are the lowest digits of its variant, in
// join order, one binary digit each: a render context and a variant counter carry their values
// as flag_values, which the parts that depend on a flag read by its name.
#include <cstddef>
#include <span>
#include <string_view>
#include <type_traits>

#include "ctql/core/meta/fixed_string.hpp"
#include "ctql/core/meta/type_list.hpp"

namespace ctql {

/// `const ctql::flag<"with_posts"> with_posts{show_posts};`: a run-time bool with a compile-time name.
template <fixed_string Name>
struct flag {
  static constexpr std::string_view name = Name.view();
  bool on = false;
};

/// The name of a flag as a type, in the type lists of the flags a part depends on.
template <fixed_string Name>
struct flag_name {
  static constexpr std::string_view name = Name.view();
};

/// How a part under `dynamic(flag, ...)` lists table T in its `tables`: T, guarded by flag Name.
/// The table rules read it as T (unguard_t); the dynamic-join rule reads the flag too.
template <class Name, class T>
struct guarded {};

namespace detail {
template <class T>
struct unguard {
  using type = type_list<T>;
};
template <class Name, class T>
struct unguard<guarded<Name, T>> {
  using type = type_list<T>;
};
template <class List>
struct unguard_list;
template <class... Ts>
struct unguard_list<type_list<Ts...>> {
  using type = meta::concat<typename unguard<Ts>::type...>;
};
template <class Name, class List>
struct guard_list;
template <class Name, class... Ts>
struct guard_list<Name, type_list<Ts...>> {
  using type = type_list<guarded<Name, Ts>...>;
};
}  // namespace detail

/// The tables of a list that may hold guarded<Name, T>, each as T.
template <class List>
using unguard_t = typename detail::unguard_list<List>::type;

/// The tables of a part under flag Name: each T as guarded<Name, T>.
template <class Name, class List>
using guard_t = typename detail::guard_list<Name, List>::type;

namespace detail {
template <class T>
struct flags_of {
  using type = type_list<>;
};
template <class T>
  requires requires { typename T::flags; }
struct flags_of<T> {
  using type = typename T::flags;
};
}  // namespace detail
/// The flags part T depends on (its `flags`, or none).
template <class T>
using flags_of = typename detail::flags_of<T>::type;

/// The values of a statement's flags: names[i] has the value of bit i.
struct flag_values {
  std::span<const std::string_view> names{};
  std::size_t bits = 0;

  /// Whether the flag is one of these (a part visited on its own has none).
  constexpr bool has(std::string_view name) const {
    for (std::string_view n : names)
      if (n == name) return true;
    return false;
  }
  constexpr bool on(std::string_view name) const {
    for (std::size_t i = 0; i < names.size(); ++i)
      if (names[i] == name) return (bits >> i) % 2 == 1;
    return false;
  }
};

/// The flag values a visitor carries (none for one that does not).
template <class F>
constexpr flag_values flags_carried_by(const F& f) {
  if constexpr (requires { f.flags; }) return f.flags;
  else return {};
}

/// Marks `dynamic(flag, table)`, the right side of a join made only when the flag is on
/// (clause/dynamic_join.hpp).
struct dynamic_source_tag {};
template <class T>
concept flagged_source = std::is_base_of_v<dynamic_source_tag, T>;

namespace detail {
template <class T>
struct dynamic_joins_of {
  using type = type_list<>;
};
template <class T>
  requires requires { typename T::dynamic_joins; }
struct dynamic_joins_of<T> {
  using type = typename T::dynamic_joins;
};
}  // namespace detail
/// The dynamic joins of a source, clause or statement, as guarded<flag_name<...>, table>.
template <class T>
using dynamic_joins_of = typename detail::dynamic_joins_of<T>::type;

/// Whether flag `name` is on for a part visited by f: the statement's value when f carries it,
/// else the part's own.
template <class F>
constexpr bool flag_on_for(const F& f, std::string_view name, bool own) {
  const flag_values values = flags_carried_by(f);
  return values.has(name) ? values.on(name) : own;
}

/// The names of the flags in a type_list of flag_name<...>, as an array a span can refer to.
template <class List>
struct flag_name_array;
template <class... Names>
struct flag_name_array<type_list<Names...>> {
  static constexpr std::string_view names[sizeof...(Names) + 1] = {Names::name..., {}};
};

}  // namespace ctql
