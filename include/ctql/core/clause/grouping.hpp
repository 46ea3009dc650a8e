#pragma once
// Whether a statement groups its rows (it has an aggregate, a group_by() or a having()), and the
// expressions it groups by: what the select list's, having()'s and order_by()'s grouping rules ask.
#include "ctql/core/clause/absent.hpp"
#include "ctql/core/meta/type_list.hpp"

namespace ctql {

struct select_list_kind;
struct group_by_kind;
struct having_kind;

template <class Statement>
inline constexpr bool is_grouped = Statement::template clause<select_list_kind>::has_aggregate ||
                                   !is_absent<typename Statement::template clause<group_by_kind>> ||
                                   !is_absent<typename Statement::template clause<having_kind>>;

/// The expressions Statement groups by (none without a group_by()).
template <class Statement>
using grouped_items = typename Statement::template clause<group_by_kind>::items;

/// The columns in Columns that are not grouped, each once.
template <class Columns, class Statement>
using ungrouped_columns = meta::unique<meta::difference<Columns, grouped_items<Statement>>>;

}  // namespace ctql
