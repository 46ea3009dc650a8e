#pragma once
// Whole-statement rules. They run where a statement is rendered, prepared or executed, which
// is the user's line; each failure is one static_assert naming the offending types.
#include "ctql/core/check.hpp"
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

/// Whether every table in Required is in Provided; reports the clause's error if not.
template <class Clause, class Required, class Provided>
constexpr bool check_tables() {
  using missing = meta::unique<meta::difference<Required, Provided>>;
  if constexpr (missing::size == 0) {
    return true;
  } else {
    if constexpr (std::is_same_v<Clause, clause_name::select>) select_uses_table_not_in_from(missing{});
    else if constexpr (std::is_same_v<Clause, clause_name::where>) where_uses_table_not_in_from(missing{});
    else if constexpr (std::is_same_v<Clause, clause_name::group_by>) group_by_uses_table_not_in_from(missing{});
    else if constexpr (std::is_same_v<Clause, clause_name::having>) having_uses_table_not_in_from(missing{});
    else if constexpr (std::is_same_v<Clause, clause_name::order_by>) order_by_uses_table_not_in_from(missing{});
    else on_uses_table_not_joined(missing{});
    return false;
  }
}

}  // namespace ctql
