#pragma once
// HAVING condition: a filter on groups.
#include "ctql/core/check.hpp"
#include "ctql/core/clause/absent.hpp"
#include "ctql/core/clause/grouping.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/query/statement.hpp"
#include "ctql/core/schema/column_name.hpp"

namespace ctql {

struct having_kind {};

template <class Condition>
constexpr void having_needs_boolean() {
  static_assert(always_false<Condition>,
                "ctql: having() needs a boolean condition, e.g. count(posts.id) > 2");
}
template <class Condition>
constexpr void having_uses_window_function() {
  static_assert(always_false<Condition>,
                "ctql: having() cannot use a window function (windows are computed after grouping); select it "
                "with .as<name>() in a derived table and filter on name[item] in the outer where()");
}
template <class... TablesNotInFrom>
constexpr void having_uses_table_not_in_from(type_list<TablesNotInFrom...>) {
  static_assert(always_false<TablesNotInFrom...>,
                "ctql: having() uses a column whose table is not in from(); add the table to "
                "from() or join() it");
}
template <class... Columns>
constexpr void having_uses_ungrouped_column(type_list<Columns...>) {
  static_assert(always_false<Columns...>,
                "ctql: having() can use a column only inside an aggregate or if it is in "
                "group_by(); add the column to group_by()");
}

template <class Condition>
struct having_clause : clause_traits<Condition> {
  static constexpr bool takes_variants = true;
  Condition condition;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    // A condition whose parts all dropped out (maybe(), dynamic()) leaves no HAVING.
    if (!ctql::present_at<Condition>(ctx, ctx.choice_mult)) return ctx.skip_choices(variants_of<Condition>);
    ctx.text(" HAVING ");
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
    using ungrouped = ungrouped_columns<typename Condition::free_columns, Statement>;
    if constexpr (missing::size != 0) having_uses_table_not_in_from(missing{});
    if constexpr (ungrouped::size != 0) having_uses_ungrouped_column(column_names_t<ungrouped>{});
    return missing::size == 0 && ungrouped::size == 0;
  }
};

/// `.having(count(posts.id) > 2)`
template <class Statement, class Condition>
constexpr auto add_having(const Statement& self, const Condition& condition) {
  using current = typename Statement::template clause<having_kind>;
  if constexpr (!is_absent<current>) {
    clause_given_twice<current>();
    return self;
  } else if constexpr (!boolean_expression<Condition>) {
    having_needs_boolean<Condition>();
    return self;
  } else if constexpr (Condition::has_window) {
    having_uses_window_function<Condition>();
    return self;
  } else {
    return with_clause<having_kind>(self, having_clause<Condition>{{}, condition});
  }
}

}  // namespace ctql
