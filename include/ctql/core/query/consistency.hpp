#pragma once
// Whole-statement rules. They run where a statement is rendered, prepared or executed, which
// is the user's line; each failure is one static_assert naming the offending types.
#include "ctql/core/meta/type_list.hpp"

namespace ctql {

namespace clause_name {
struct select {};
struct where {};
struct group_by {};
struct having {};
struct order_by {};
struct on {};
}  // namespace clause_name

template <class... TablesNotInFrom>
constexpr void select_uses_table_not_in_from() {
  static_assert(always_false<TablesNotInFrom...>,
                "ctql: select() uses a column whose table is not in from(); add the table to "
                "from() or join() it");
}
template <class... TablesNotInFrom>
constexpr void where_uses_table_not_in_from() {
  static_assert(always_false<TablesNotInFrom...>,
                "ctql: where() uses a column whose table is not in from(); add the table to "
                "from() or join() it");
}
template <class... TablesNotInFrom>
constexpr void group_by_uses_table_not_in_from() {
  static_assert(always_false<TablesNotInFrom...>,
                "ctql: group_by() uses a column whose table is not in from(); add the table to "
                "from() or join() it");
}
template <class... TablesNotInFrom>
constexpr void having_uses_table_not_in_from() {
  static_assert(always_false<TablesNotInFrom...>,
                "ctql: having() uses a column whose table is not in from(); add the table to "
                "from() or join() it");
}
template <class... TablesNotInFrom>
constexpr void order_by_uses_table_not_in_from() {
  static_assert(always_false<TablesNotInFrom...>,
                "ctql: order_by() uses a column whose table is not in from(); add the table to "
                "from() or join() it");
}
template <class... TablesNotJoined>
constexpr void on_uses_table_not_joined() {
  static_assert(always_false<TablesNotJoined...>,
                "ctql: on() uses a column whose table is not joined yet; join that table first");
}

/// Whether every table in Required is in Provided; reports the clause's error if not.
template <class Clause, class Required, class Provided>
constexpr bool check_tables() {
  using missing = meta::unique<meta::difference<Required, Provided>>;
  if constexpr (missing::size == 0) {
    return true;
  } else {
    [&]<class... M>(type_list<M...>) {
      if constexpr (std::is_same_v<Clause, clause_name::select>) select_uses_table_not_in_from<M...>();
      else if constexpr (std::is_same_v<Clause, clause_name::where>) where_uses_table_not_in_from<M...>();
      else if constexpr (std::is_same_v<Clause, clause_name::group_by>) group_by_uses_table_not_in_from<M...>();
      else if constexpr (std::is_same_v<Clause, clause_name::having>) having_uses_table_not_in_from<M...>();
      else if constexpr (std::is_same_v<Clause, clause_name::order_by>) order_by_uses_table_not_in_from<M...>();
      else on_uses_table_not_joined<M...>();
    }(missing{});
    return false;
  }
}

template <class... Columns>
constexpr void column_neither_grouped_nor_aggregated() {
  static_assert(always_false<Columns...>,
                "ctql: a statement with an aggregate or group_by() can select a column only if "
                "it is in group_by() or inside an aggregate; add the column to group_by()");
}
template <class... Columns>
constexpr void having_uses_ungrouped_column() {
  static_assert(always_false<Columns...>,
                "ctql: having() can use a column only inside an aggregate or if it is in "
                "group_by(); add the column to group_by()");
}

}  // namespace ctql
