#pragma once
// WHERE condition, for select, update and delete; and .unconditionally(), which an update or a
// delete says instead when it means every row.
#include <cstddef>

#include "ctql/core/check.hpp"
#include "ctql/core/clause/absent.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/query/statement.hpp"

namespace ctql {

struct where_kind {};

template <class Condition>
constexpr void where_needs_boolean() {
  static_assert(always_false<Condition>,
                "ctql: where() needs a boolean condition (a comparison, like(), is_null(), ...); "
                "compare the value with something");
}
template <class Condition>
constexpr void where_uses_aggregate() {
  static_assert(always_false<Condition>,
                "ctql: where() cannot use an aggregate (it filters rows before grouping); put the "
                "condition in having()");
}
template <class Condition>
constexpr void where_uses_window_function() {
  static_assert(always_false<Condition>,
                "ctql: where() cannot use a window function (it filters rows before windows are computed); "
                "select it with .as<name>() in a derived table and filter on name[item] in the outer where()");
}
template <class... TablesNotInFrom>
constexpr void where_uses_table_not_in_from(type_list<TablesNotInFrom...>) {
  static_assert(always_false<TablesNotInFrom...>,
                "ctql: where() uses a column whose table is not in from(); add the table to "
                "from() or join() it");
}

template <class Condition>
struct where_clause : clause_traits<Condition> {
  static constexpr bool takes_variants = true;
  Condition condition;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    // A condition whose parts all dropped out (maybe(), dynamic()) leaves no WHERE.
    if (!ctql::present_at<Condition>(ctx, ctx.choice_mult)) return ctx.skip_choices(variants_of<Condition>);
    ctx.text(" WHERE ");
    Condition::render(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    if (present(condition, f)) visit_part(condition, f);
    else variant_skip(f, variants_of<Condition>);
  }
  template <class Statement, bool TopLevel>
  static constexpr bool check() {
    using missing = tables_not_visible<typename Condition::tables, Statement, TopLevel>;
    if constexpr (missing::size != 0) where_uses_table_not_in_from(missing{});
    return missing::size == 0;
  }
  /// Whether some run of the statement has no condition at all: every part is a maybe(), dynamic()
  /// or or_each() that can be absent, and a variant leaves none (named flags taken as off).
  static constexpr bool can_vanish() {
    if constexpr (fixed_shape<Condition>) {
      return false;
    } else {
      for (std::size_t v = 0; v < variants_of<Condition>; ++v) {
        variant_counter run;
        run.variant = v;
        if (!ctql::present_at<Condition>(run, 1)) return true;
      }
      return false;
    }
  }
};

/// What .unconditionally() leaves in place of a where(): nothing to render, but said on purpose.
struct unconditionally_clause : leaf_traits, clause_defaults {
  template <class Ctx>
  static constexpr void render(Ctx&) {}
};

/// `.where(users.age >= 18)`
template <class Statement, class Condition>
constexpr auto add_where(const Statement& self, const Condition& condition) {
  using current = typename Statement::template clause<where_kind>;
  if constexpr (!is_absent<current>) {
    clause_given_twice<current>();
    return self;
  } else if constexpr (!boolean_expression<Condition>) {
    where_needs_boolean<Condition>();
    return self;
  } else if constexpr (Condition::has_window) {
    where_uses_window_function<Condition>();
    return self;
  } else if constexpr (Condition::has_aggregate) {
    where_uses_aggregate<Condition>();
    return self;
  } else {
    return with_clause<where_kind>(self, where_clause<Condition>{{}, condition});
  }
}

/// For update and delete: `.unconditionally()` instead of a where(), for every row, on purpose.
template <class Statement>
constexpr auto add_unconditionally(const Statement& self) {
  using current = typename Statement::template clause<where_kind>;
  if constexpr (!is_absent<current>) {
    clause_given_twice<current>();  // dropping the where() would change every row
    return self;
  } else {
    return with_clause<where_kind>(self, unconditionally_clause{});
  }
}

/// Whether the statement says which rows it changes: a where() or .unconditionally().
template <class Statement>
inline constexpr bool says_which_rows = !is_absent<typename Statement::template clause<where_kind>>;

/// Whether the statement's where() may be absent from a run of it, leaving no condition (an update or
/// a delete would then change every row).
template <class Statement>
constexpr bool where_can_vanish() {
  using clause = typename Statement::template clause<where_kind>;
  if constexpr (requires { clause::can_vanish(); }) return clause::can_vanish();
  else return false;
}

}  // namespace ctql
