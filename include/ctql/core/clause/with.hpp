#pragma once
// WITH [RECURSIVE] "a" AS (...), "b" AS (...): the common table expressions a statement's from() and
// joins use (core/query/cte.hpp), rendered in front of the statement, each once, a CTE that another
// uses before it. A CTE's own statement is rendered without a WITH: the enclosing list holds its CTEs.
// Values are bound in the same order: the CTEs' first, then the statement's.
#include <cstddef>
#include <string_view>
#include <type_traits>

#include "ctql/core/check.hpp"
#include "ctql/core/meta/distinct_names.hpp"
#include "ctql/core/meta/type_list.hpp"

namespace ctql {

namespace detail {
template <class T>
struct ctes_of_impl {
  using type = type_list<>;
};
template <class T>
  requires requires { typename T::ctes; }
struct ctes_of_impl<T> {
  using type = typename T::ctes;
};
}  // namespace detail

/// The CTEs a source, clause or statement uses, each after the CTEs it uses itself.
template <class T>
using ctes_of = typename detail::ctes_of_impl<T>::type;

/// Where CTE C is in a source, clause or statement (the first place it is used), or nullptr.
template <class C, class Part>
constexpr const C* find_cte(const Part& part) {
  if constexpr (std::is_same_v<Part, C>) return &part;
  else if constexpr (requires { part.template find_cte<C>(); }) return part.template find_cte<C>();
  else return nullptr;
}

template <class... Ctes>
constexpr void two_ctes_share_a_name(type_list<Ctes...>) {
  static_assert(always_false<Ctes...>,
                "ctql: two different CTEs of this statement have the same name; give each its own name, "
                "cte<name>(...)");
}
namespace detail {
template <class... Ctes>
constexpr bool names_distinct(type_list<Ctes...>) {
  constexpr std::string_view names[] = {Ctes::sql_name..., {}};
  return no_name_twice(names, sizeof...(Ctes));
}
}  // namespace detail
/// Whether the CTEs (distinct types) have distinct names; reports it if not: the WITH would name
/// one twice, which no dialect takes.
template <class... Ctes>
constexpr bool ctes_named_once(type_list<Ctes...> ctes) {
  if constexpr (!detail::names_distinct(type_list<Ctes...>{})) {
    two_ctes_share_a_name(ctes);
    return false;
  } else {
    return true;
  }
}

/// `WITH "a" AS (...), "b" AS (...) `; RECURSIVE if any is (every dialect takes it for the whole list).
template <class Ctx, class... Ctes>
constexpr void render_with(Ctx& ctx, type_list<Ctes...>) {
  ctx.text((false || ... || Ctes::is_recursive) ? "WITH RECURSIVE " : "WITH ");
  std::size_t i = 0;
  (
      [&] {
        if (i++ != 0) ctx.text(", ");
        ctx.identifier(Ctes::sql_name);
        ctx.text(" AS (");
        Ctes::render_definition(ctx);
        ctx.text(")");
      }(),
      ...);
  ctx.text(" ");
}

}  // namespace ctql
