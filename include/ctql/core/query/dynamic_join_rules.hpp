#pragma once
// A statement with dynamic joins, `users.left_join(dynamic(with_posts, posts)).on(...)`
// (clause/dynamic_join.hpp): its flags, their values in a statement value, and the rule that
// every other use of a dynamically joined table is under dynamic(flag, ...) with the join's flag,
// so no variant uses a table it does not join.
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "ctql/core/error.hpp"
#include "ctql/core/expr/flag.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/meta/type_list.hpp"

namespace ctql {

/// A table's SQL name as characters, for diagnostics (clang prints a string argument as numbers).
template <char... Name>
struct table_named {};
/// A flag's name as characters, for diagnostics.
template <char... Name>
struct flag_named {};

template <class Table, class Flag>
constexpr void dynamic_table_used_unguarded() {
  static_assert(always_false<Table, Flag>,
                "ctql: a table joined as join(dynamic(flag, table)) is used outside dynamic(flag, ...) with that "
                "flag; a variant without the join would use it. Guard the use with the join's flag, e.g. "
                "dynamic(with_posts, posts.title), or join the table always (table_named and flag_named below say "
                "which)");
}
template <class Table, class GuardFlag>
constexpr void dynamic_table_guarded_by_other_flag() {
  static_assert(always_false<Table, GuardFlag>,
                "ctql: a use of a table joined as join(dynamic(flag, table)) is guarded by another flag than the "
                "join's; the join and the parts that use its table must name the same ctql::flag (table_named and "
                "flag_named below: the table and the flag of the guard)");
}
template <class GuardFlag>
constexpr void guard_flag_joins_nothing() {
  static_assert(always_false<GuardFlag>,
                "ctql: dynamic(flag, x) with a ctql::flag guards a use of a table joined as "
                "join(dynamic(flag, table)), and this statement joins no table under that flag; join one under it, "
                "or use dynamic(bool, x) for a part of its own (flag_named below says which)");
}

namespace detail {
template <std::string_view const& Text, template <char...> class Named, std::size_t... I>
Named<Text[I]...> chars_of(std::index_sequence<I...>);
template <class T>
struct name_holder {
  static constexpr std::string_view text = T::name;
};
template <class T>
struct sql_name_holder {
  static constexpr std::string_view text = T::sql_name;
};
}  // namespace detail
template <class Table>
using table_named_t = decltype(detail::chars_of<detail::sql_name_holder<Table>::text, table_named>(
    std::make_index_sequence<Table::sql_name.size()>{}));
template <class Flag>
using flag_named_t = decltype(detail::chars_of<detail::name_holder<Flag>::text, flag_named>(
    std::make_index_sequence<Flag::name.size()>{}));

namespace detail {
template <class Joined>
struct joined_parts;
template <class Flag, class Table>
struct joined_parts<guarded<Flag, Table>> {
  using flag = Flag;
  using table = Table;
};
template <class List>
struct joined_flags;
template <class... Joins>
struct joined_flags<type_list<Joins...>> {
  using type = meta::unique<type_list<typename joined_parts<Joins>::flag...>>;
};
template <class List>
struct joined_tables;
template <class... Joins>
struct joined_tables<type_list<Joins...>> {
  using type = type_list<typename joined_parts<Joins>::table...>;
};

template <class T>
struct guard_parts {
  static constexpr bool is_guarded = false;
};
template <class Flag, class Table>
struct guard_parts<guarded<Flag, Table>> {
  static constexpr bool is_guarded = true;
  using flag = Flag;
  using table = Table;
};
/// The flag of the first dynamic join of table T.
template <class T, class Joins>
struct flag_joining;
template <class T, class... Joins>
struct flag_joining<T, type_list<Joins...>> {
  using type = meta::first<meta::concat<std::conditional_t<std::is_same_v<T, typename joined_parts<Joins>::table>,
                                                          type_list<typename joined_parts<Joins>::flag>,
                                                          type_list<>>...>>;
};

template <class Joins, class... Used>
constexpr bool check_dynamic_uses(type_list<Used...>) {
  using flags = typename joined_flags<Joins>::type;
  using tables = typename joined_tables<Joins>::type;
  bool ok = true;
  (
      [&] {
        if constexpr (guard_parts<Used>::is_guarded) {
          using flag = typename guard_parts<Used>::flag;
          using table = typename guard_parts<Used>::table;
          if constexpr (!meta::contains<flag, flags>) {
            guard_flag_joins_nothing<flag_named_t<flag>>();
            ok = false;
          } else if constexpr (meta::contains<table, tables> && !meta::contains<Used, Joins>) {
            dynamic_table_guarded_by_other_flag<table_named_t<table>, flag_named_t<flag>>();
            ok = false;
          }
        } else if constexpr (meta::contains<Used, tables>) {
          dynamic_table_used_unguarded<table_named_t<Used>, flag_named_t<typename flag_joining<Used, Joins>::type>>();
          ok = false;
        }
      }(),
      ...);
  return ok;
}
}  // namespace detail

/// The flags of a statement's dynamic joins, each once, in join order: the lowest digits of its variants.
template <class Joins>
using joined_flags_t = typename detail::joined_flags<Joins>::type;

/// The dynamic-join rule over the tables a statement's clauses use (guarded<...> where a part is
/// under dynamic(flag, ...)): no dynamically joined table outside its flag, no guard without a join.
template <class Joins, class Used>
constexpr bool check_dynamic_joins() {
  if constexpr (Joins::size == 0 && meta::difference<Used, unguard_t<Used>>::size == 0) return true;
  else return detail::check_dynamic_uses<Joins>(meta::unique<Used>{});
}

/// Sets the flags of the dynamic joins in a clause's source (from(), or update's from()).
template <class Source>
constexpr void read_join_flags(const Source& source, flag_values& values, std::size_t& seen) {
  if constexpr (flagged_source<Source>) {
    for (std::size_t i = 0; i < values.names.size(); ++i) {
      if (values.names[i] != Source::flag_type::name) continue;
      const std::size_t bit = std::size_t{1} << i;
      if ((seen & bit) != 0 && ((values.bits & bit) != 0) != source.on)
        throw error("ctql: two dynamic joins of one statement name the flag " + std::string(Source::flag_type::name) +
                    " with different values; give both the same ctql::flag object");
      seen |= bit;
      if (source.on) values.bits |= bit;
    }
  } else if constexpr (requires { source.left; source.right; }) {
    read_join_flags(source.left, values, seen);
    read_join_flags(source.right, values, seen);
  } else if constexpr (requires { source.source; }) {
    read_join_flags(source.source, values, seen);
  }
}

namespace detail {
/// Says ignores_values when F does (visitor_ignores_values), so a visitor wrapping F keeps F's skip.
template <class F, bool = visitor_ignores_values<F>>
struct ignores_values_as {};
template <class F>
struct ignores_values_as<F, true> {
  static constexpr bool ignores_values = true;
};
}  // namespace detail

/// A visitor with the statement's flag values: what the parts under a flag read as they are visited.
template <class F>
struct flag_visitor : detail::ignores_values_as<F> {
  F& f;
  flag_values flags;
  template <class V>
  constexpr void operator()(V&& v) {
    f(std::forward<V>(v));
  }
  constexpr void variant_choice(std::size_t digit, std::size_t radix)
    requires requires(F& g, std::size_t n) { g.variant_choice(n, n); }
  {
    f.variant_choice(digit, radix);
  }
  constexpr void variant_skip(std::size_t count)
    requires requires(F& g, std::size_t n) { g.variant_skip(n); }
  {
    f.variant_skip(count);
  }
  constexpr void dynamic_size(std::size_t n)
    requires requires(F& g, std::size_t m) { g.dynamic_size(m); }
  {
    f.dynamic_size(n);
  }
};

}  // namespace ctql
