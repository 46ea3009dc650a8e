#pragma once
// Common table expressions. `auto active = cte<"active">(select(users.id, users.name).from(users)...);`
// is used in from() and join() like a table, its columns reached as `active[users.name]`; the
// statement that uses it renders `WITH "active" AS (SELECT ...)` in front (clause/with.hpp). A CTE may
// use another: the WITH lists the one used first.
//
// `recursive_cte<"tree">(anchor, [](auto self) { return select(...).from(cats.join(self).on(...)); })`
// renders `WITH RECURSIVE "tree" AS (anchor UNION ALL step)`: the step is built from `self`, the CTE as
// its anchor defines it, and must read it; it selects as many columns as the anchor, of types the
// anchor's columns can hold. A column is optional if it is in either part.
#include <cstddef>
#include <optional>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "ctql/core/check.hpp"
#include "ctql/core/clause/join.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/meta/fixed_string.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/query/derived_table.hpp"
#include "ctql/core/query/statement.hpp"
#include "ctql/core/schema/value_types.hpp"

namespace ctql {

template <class Query>
constexpr void cte_needs_select() {
  static_assert(always_false<Query>, "ctql: cte<name>() takes a select statement: cte<name>(select(...).from(...))");
}
template <class Step>
constexpr void recursive_step_must_read_itself() {
  static_assert(always_false<Step>,
                "ctql: the recursive part of recursive_cte must read the CTE itself: use the self it is given "
                "in its from() or join()");
}
template <class Step>
constexpr void recursive_step_column_count() {
  static_assert(always_false<Step>,
                "ctql: the recursive part of recursive_cte must select as many columns as its anchor");
}
template <class AnchorColumn, class StepColumn>
constexpr void recursive_step_column_type() {
  static_assert(always_false<AnchorColumn, StepColumn>,
                "ctql: a column of the recursive part of recursive_cte has a type its anchor's column cannot hold "
                "(a number where the anchor has a string, say); select the same types in both parts");
}

/// A source that renders as its name and whose columns are what Columns (items, row_type) select.
template <class Derived>
struct named_source_traits {
  using provided_tables = type_list<Derived>;
  using nullable_tables = type_list<>;
  using tables = type_list<>;
  using unjoined_on_tables = type_list<>;
  static constexpr bool uses_full_join = false;
  template <class Ctx>
  static constexpr void render_source(Ctx& ctx) {
    ctx.identifier(Derived::sql_name);
  }
  /// Its values are bound in the WITH in front of the statement, not where it is used.
  template <class F>
  constexpr void visit(F&) const {}
};

template <fixed_string Name, class Query>
struct cte_source : named_source_traits<cte_source<Name, Query>>,
                    reachable_columns<cte_source<Name, Query>>,
                    source_ops<cte_source<Name, Query>> {
  using query = Query;
  using all_columns = typename detail::derived_columns<cte_source, typename Query::items>::type;
  static constexpr std::string_view sql_name = Name.view();
  static constexpr bool is_recursive = false;
  static constexpr bool is_correlated = Query::free_tables::size != 0;
  using params = typename Query::params;
  static constexpr bool is_dynamic = Query::is_dynamic;
  static constexpr bool binds_values = Query::binds_values;
  using ctes = meta::concat<typename Query::ctes, type_list<cte_source>>;

  Query query_;

  template <class Ctx>
  static constexpr void render_definition(Ctx& ctx) {
    Query::render_body(ctx);
  }
  template <class F>
  constexpr void visit_definition(F& f) const {
    query_.visit_body(f);
  }
  template <class C>
  constexpr const C* find_cte() const {
    return query_.template find_cte<C>();
  }
};

/// `cte<"active">(select(users.id, users.name).from(users).where(users.age >= 18))`
template <fixed_string Name, class Query>
constexpr auto cte(const Query& query) {
  if constexpr (!is_query<Query> || !requires { typename Query::items; }) {
    cte_needs_select<Query>();
    return invalid_expression{};
  } else {
    [[maybe_unused]] constexpr bool checked = Query::template check<false>();
    return cte_source<Name, Query>{{}, {}, {}, query};
  }
}

namespace detail {
/// Row of a UNION ALL: each column optional if it is in either part.
template <class AnchorRow, class StepRow, class Indices = std::make_index_sequence<std::tuple_size_v<AnchorRow>>>
struct union_row;
template <class AnchorRow, class StepRow, std::size_t... I>
struct union_row<AnchorRow, StepRow, std::index_sequence<I...>> {
  template <class A, class S>
  using column = std::conditional_t<is_optional_v<S>, make_optional_t<A>, A>;
  using type = std::tuple<column<std::tuple_element_t<I, AnchorRow>, std::tuple_element_t<I, StepRow>>...>;
};

template <class AnchorRow, class StepRow, std::size_t... I>
constexpr bool step_types_fit(std::index_sequence<I...>) {
  bool ok = true;
  (
      [&] {
        using A = strip_optional_t<std::tuple_element_t<I, AnchorRow>>;
        using S = strip_optional_t<std::tuple_element_t<I, StepRow>>;
        if constexpr (!values_comparable<A, S>()) {
          recursive_step_column_type<A, S>();
          ok = false;
        }
      }(),
      ...);
  return ok;
}
}  // namespace detail

/// The CTE as its anchor defines it: what the recursive part reads.
template <fixed_string Name, class Anchor>
struct recursive_self : named_source_traits<recursive_self<Name, Anchor>>,
                        reachable_columns<recursive_self<Name, Anchor>>,
                        source_ops<recursive_self<Name, Anchor>> {
  using query = Anchor;
  using all_columns = typename detail::derived_columns<recursive_self, typename Anchor::items>::type;
  static constexpr std::string_view sql_name = Name.view();
  using params = type_list<>;
  static constexpr bool is_dynamic = false;
  static constexpr bool binds_values = false;
};

template <fixed_string Name, class Anchor, class Step>
struct recursive_cte_source : named_source_traits<recursive_cte_source<Name, Anchor, Step>>,
                              reachable_columns<recursive_cte_source<Name, Anchor, Step>>,
                              source_ops<recursive_cte_source<Name, Anchor, Step>> {
  /// Its columns: the anchor's names, optional where either part is.
  struct query {
    using items = typename Anchor::items;
    using row_type = typename detail::union_row<typename Anchor::row_type, typename Step::row_type>::type;
  };
  using self = recursive_self<Name, Anchor>;
  using all_columns = typename detail::derived_columns<recursive_cte_source, typename Anchor::items>::type;
  static constexpr std::string_view sql_name = Name.view();
  static constexpr bool is_recursive = true;
  static constexpr bool is_correlated =
      Anchor::free_tables::size != 0 || meta::difference<typename Step::free_tables, type_list<self>>::size != 0;
  using params = meta::concat<typename Anchor::params, typename Step::params>;
  static constexpr bool is_dynamic = Anchor::is_dynamic || Step::is_dynamic;
  static constexpr bool binds_values = Anchor::binds_values || Step::binds_values;
  using ctes = meta::concat<typename Anchor::ctes, typename Step::ctes, type_list<recursive_cte_source>>;

  Anchor anchor;
  Step step;

  template <class Ctx>
  static constexpr void render_definition(Ctx& ctx) {
    Anchor::render_body(ctx);
    ctx.text(" UNION ALL ");
    Step::render_body(ctx);
  }
  template <class F>
  constexpr void visit_definition(F& f) const {
    anchor.visit_body(f);
    step.visit_body(f);
  }
  template <class C>
  constexpr const C* find_cte() const {
    if (const C* found = anchor.template find_cte<C>()) return found;
    return step.template find_cte<C>();
  }
};

/// `recursive_cte<"tree">(anchor, [](auto self) { return select(...).from(t.join(self).on(...)); })`
template <fixed_string Name, class Anchor, class MakeStep>
constexpr auto recursive_cte(const Anchor& anchor, MakeStep make_step) {
  using self = recursive_self<Name, Anchor>;
  using Step = decltype(make_step(self{}));
  if constexpr (!is_query<Anchor> || !requires { typename Anchor::items; }) {
    cte_needs_select<Anchor>();
    return invalid_expression{};
  } else if constexpr (!is_query<Step> || !requires { typename Step::items; }) {
    cte_needs_select<Step>();
    return cte_source<Name, Anchor>{};
  } else if constexpr (!meta::contains<self, typename Step::provided_tables>) {
    recursive_step_must_read_itself<Step>();
    return cte_source<Name, Anchor>{};
  } else if constexpr (Step::column_count != Anchor::column_count) {
    recursive_step_column_count<Step>();
    return cte_source<Name, Anchor>{};
  } else if constexpr (!detail::step_types_fit<typename Anchor::row_type, typename Step::row_type>(
                           std::make_index_sequence<Anchor::column_count>{})) {
    return cte_source<Name, Anchor>{};
  } else {
    [[maybe_unused]] constexpr bool checked = Anchor::template check<false>() && Step::template check<false>();
    return recursive_cte_source<Name, Anchor, Step>{{}, {}, {}, anchor, make_step(self{})};
  }
}

}  // namespace ctql
