#pragma once
// `exists(select(posts.id).from(posts).where(posts.user_id == users.id))`
#include <type_traits>

#include "ctql/core/check.hpp"
#include "ctql/core/expr/expression_ops.hpp"
#include "ctql/core/expr/in.hpp"

namespace ctql {

template <class Query>
struct exists_node : expression_tag, expression_ops<exists_node<Query>>, leaf_traits {
  using value_type = bool;
  using tables = typename Query::free_tables;  // the outer tables a correlated subquery uses
  using params = typename Query::params;
  static constexpr bool is_dynamic = Query::is_dynamic;
  static constexpr bool never_null = true;
  static constexpr bool binds_values = Query::binds_values;
  Query query;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text("EXISTS (");
    Query::render(ctx);
    ctx.text(")");
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(query, f);
  }
};

/// EXISTS (subquery)
template <class Query>
constexpr auto exists(const Query& query) {
  if constexpr (!std::is_base_of_v<subquery_tag, Query>) {
    exists_needs_subquery<Query>();
    return invalid_expression{};
  } else if constexpr (!Query::template check<false>()) {
    return invalid_expression{};
  } else {
    return exists_node<Query>{{}, {}, {}, query};
  }
}

}  // namespace ctql
