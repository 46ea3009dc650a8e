#pragma once
// A select of one column used as a value: `users.age > select(avg(users.age)).from(users)`,
// `select(users.name, select(count(posts.id)).from(posts).where(posts.user_id == users.id).as<"posts">())`,
// `update(users).set(users.rank = select(max(ranks.id)).from(ranks))`. Correlated subqueries refer to
// the outer statement's tables, which must then be in its FROM. Its value is optional (a subquery
// that finds no row gives NULL) unless the subquery gives one row whatever the data (an aggregate
// without GROUP BY, HAVING or LIMIT): `select(count(posts.id)).from(posts)` is a std::int64_t.
#include <optional>
#include <tuple>
#include <type_traits>

#include "ctql/core/check.hpp"
#include "ctql/core/expr/expression_ops.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/schema/value_types.hpp"

namespace ctql {

template <class Query>
struct scalar_subquery_node : expression_tag, expression_ops<scalar_subquery_node<Query>>, leaf_traits {
  using column_type = std::tuple_element_t<0, typename Query::row_type>;
  using value_type = std::conditional_t<Query::gives_one_row(), column_type, std::optional<strip_optional_t<column_type>>>;
  using tables = typename Query::free_tables;  // the outer tables a correlated subquery uses
  using params = typename Query::params;
  static constexpr bool is_dynamic = Query::is_dynamic;
  static constexpr bool binds_values = Query::binds_values;
  Query query;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text("(");
    Query::render(ctx);
    ctx.text(")");
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(query, f);
  }
};

template <class Query>
constexpr void scalar_subquery_needs_one_column() {
  static_assert(always_false<Query>,
                "ctql: a subquery used as a value (a scalar subquery) must select exactly one column; select one "
                "expression, or test rows with exists() or in()");
}

/// The subquery as a value, or invalid_expression after its ctql: message.
template <class Query>
constexpr auto make_scalar_subquery(const Query& query) {
  if constexpr (Query::column_count != 1) {
    scalar_subquery_needs_one_column<Query>();
    return invalid_expression{};
  } else if constexpr (!Query::template check<false>()) {
    return invalid_expression{};
  } else {
    return scalar_subquery_node<Query>{{}, {}, {}, query};
  }
}

}  // namespace ctql
