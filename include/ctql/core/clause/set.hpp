#pragma once
// SET column = value, ... of an UPDATE.
#include <cstddef>

#include "ctql/core/clause/absent.hpp"
#include "ctql/core/expr/assignment.hpp"
#include "ctql/core/meta/node_list.hpp"

namespace ctql {

struct set_kind {};

template <class... Assignments>
struct set_clause : clause_traits<Assignments...> {
  node_list<Assignments...> assignments;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    render_items<false>(ctx);
  }
  /// Qualified: ` SET "users"."age" = ...`, for MySQL's UPDATE of several tables (clause/update_from.hpp).
  template <bool Qualified, class Ctx>
  static constexpr void render_items(Ctx& ctx) {
    ctx.text(" SET ");
    std::size_t i = 0;
    (
        [&] {
          ctx.text(i++ == 0 ? "" : ", ");
          if constexpr (Qualified) {
            ctx.identifier(Assignments::column::source::sql_name);
            ctx.text(".");
          }
          ctx.identifier(Assignments::column::sql_name);
          ctx.text(" = ");
          Assignments::render_value(ctx);
        }(),
        ...);
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_parts(assignments, f);
  }
};

}  // namespace ctql
