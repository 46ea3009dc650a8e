#pragma once
// LIMIT n and OFFSET n, both bound parameters.
#include <type_traits>

#include "ctql/core/check.hpp"
#include "ctql/core/clause/absent.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/render/dialect.hpp"

namespace ctql {

template <class Count>
struct limit_clause : composite_traits<Count> {
  Count count;
  template <class Ctx>
  static constexpr void render_count(Ctx& ctx) {
    Count::render(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    count.visit(f);
  }
};
template <class Count>
struct offset_clause : composite_traits<Count> {
  Count count;
  template <class Ctx>
  static constexpr void render_count(Ctx& ctx) {
    Count::render(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    count.visit(f);
  }
};

/// LIMIT ? OFFSET ?; an OFFSET without LIMIT needs a stand-in LIMIT in SQLite and MySQL.
template <class Limit, class Offset, class Ctx>
constexpr void render_limit_offset(Ctx& ctx) {
  using D = typename Ctx::dialect;
  if constexpr (!is_absent<Limit>) {
    ctx.text(" LIMIT ");
    Limit::render_count(ctx);
  } else if constexpr (!is_absent<Offset> && std::is_same_v<D, sqlite>) {
    ctx.text(" LIMIT -1");
  } else if constexpr (!is_absent<Offset> && std::is_same_v<D, mysql>) {
    ctx.text(" LIMIT 18446744073709551615");
  }
  if constexpr (!is_absent<Offset>) {
    ctx.text(" OFFSET ");
    Offset::render_count(ctx);
  }
}

}  // namespace ctql
