#pragma once
// LIMIT n and OFFSET n, both bound parameters: one clause, since the dialect decides how an
// OFFSET without a LIMIT is written.
#include <cstdint>
#include <string>
#include <type_traits>

#include "ctql/core/check.hpp"
#include "ctql/core/clause/absent.hpp"
#include "ctql/core/error.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/expr/parameter.hpp"
#include "ctql/core/expr/value.hpp"
#include "ctql/core/query/statement.hpp"

namespace ctql {

struct limit_kind {};

template <class Count>
constexpr void limit_needs_integer() {
  static_assert(always_false<Count>, "ctql: limit() and offset() take an integer");
}
template <class Count>
constexpr void limit_uses_window_function() {
  static_assert(always_false<Count>,
                "ctql: limit() and offset() cannot take a window function (it has a value per row, not one for the "
                "statement); take an integer or param<>");
}

/// LIMIT Count OFFSET Offset; either may be absent.
template <class Count, class Offset>
struct limit_clause : clause_traits<Count, Offset> {
  using count_type = Count;
  using offset_type = Offset;
  Count count;
  Offset offset;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    using D = typename Ctx::dialect;
    if constexpr (!is_absent<Count>) {
      ctx.text(" LIMIT ");
      Count::render(ctx);
    } else if constexpr (!is_absent<Offset> && D::limit_required_for_offset) {
      ctx.text(" LIMIT ");  // every row
      ctx.text(D::unlimited_count);
    }
    if constexpr (!is_absent<Offset>) {
      ctx.text(" OFFSET ");
      Offset::render(ctx);
    }
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(count, f);
    visit_part(offset, f);
  }
};

namespace detail {
/// The LIMIT and OFFSET parts of a statement's limit clause, absent if it has none.
template <class Clause>
struct limit_parts {
  using count_type = absent;
  using offset_type = absent;
  static constexpr absent count(const Clause&) { return {}; }
  static constexpr absent offset(const Clause&) { return {}; }
};
template <class Count, class Offset>
struct limit_parts<limit_clause<Count, Offset>> {
  using count_type = Count;
  using offset_type = Offset;
  static constexpr const Count& count(const limit_clause<Count, Offset>& c) { return c.count; }
  static constexpr const Offset& offset(const limit_clause<Count, Offset>& c) { return c.offset; }
};

/// A limit() or offset() argument as a node: an integer, or a param<> (then std::int64_t).
template <class Count>
constexpr auto count_node(const Count& count) {
  if constexpr (is_untyped_parameter<Count>) {
    return typed_as<std::int64_t>(count);
  } else if constexpr (requires { requires Count::has_window; }) {
    limit_uses_window_function<Count>();
    return invalid_expression{};
  } else if constexpr (category_of<operand_value_t<Count>>() != category::integral) {
    limit_needs_integer<Count>();
    return invalid_expression{};
  } else {
    // A negative count means something else on each database (SQLite: no limit; MariaDB: a huge
    // unsigned one; PostgreSQL: an error), so it is refused here, where the count is given.
    if constexpr (std::is_integral_v<Count> && std::is_signed_v<Count>)
      if (count < 0)
        throw error("limit() and offset() take a number of rows, not " + std::to_string(count) +
                    "; for every row leave limit() out");
    return as_node(count);
  }
}
}  // namespace detail

/// `.limit(10)`: LIMIT ?
template <class Statement, class Count>
constexpr auto add_limit(const Statement& self, const Count& count) {
  using current = typename Statement::template clause<limit_kind>;
  using parts = detail::limit_parts<current>;
  if constexpr (!is_absent<typename parts::count_type>) {
    clause_given_twice<current>();
    return self;
  } else {
    auto node = detail::count_node(count);
    return with_clause<limit_kind>(self, limit_clause<decltype(node), typename parts::offset_type>{
                                             {}, node, parts::offset(clause_of<limit_kind>(self))});
  }
}
/// `.offset(20)`: OFFSET ?
template <class Statement, class Count>
constexpr auto add_offset(const Statement& self, const Count& count) {
  using current = typename Statement::template clause<limit_kind>;
  using parts = detail::limit_parts<current>;
  if constexpr (!is_absent<typename parts::offset_type>) {
    clause_given_twice<current>();
    return self;
  } else {
    auto node = detail::count_node(count);
    return with_clause<limit_kind>(self, limit_clause<typename parts::count_type, decltype(node)>{
                                             {}, parts::count(clause_of<limit_kind>(self)), node});
  }
}

}  // namespace ctql
