#pragma once
// LIMIT n and OFFSET n, both bound parameters: one clause, since the dialect decides how an
// OFFSET without a LIMIT is written.
#include <cstdint>
#include <type_traits>

#include "ctql/core/check.hpp"
#include "ctql/core/clause/absent.hpp"
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

/// LIMIT Count OFFSET Offset; either may be absent (a select starts with both absent).
template <class Count = absent, class Offset = absent>
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
    count.visit(f);
    offset.visit(f);
  }
};

/// `.limit(10)`: LIMIT ?; `.offset(20)`: OFFSET ?
template <class Statement>
struct limit_methods {
  template <class Count>
  constexpr auto limit(const Count& count) const {
    const Statement& self = statement_of<Statement>(*this);
    const auto& current = clause_of<limit_kind>(self);
    using current_type = std::remove_cvref_t<decltype(current)>;
    if constexpr (!is_absent<typename current_type::count_type>) {
      clause_given_twice<current_type>();
      return self;
    } else {
      auto node = count_node(count);
      return with_clause<limit_kind>(
          self, limit_clause<decltype(node), typename current_type::offset_type>{{}, node, current.offset});
    }
  }
  template <class Count>
  constexpr auto offset(const Count& count) const {
    const Statement& self = statement_of<Statement>(*this);
    const auto& current = clause_of<limit_kind>(self);
    using current_type = std::remove_cvref_t<decltype(current)>;
    if constexpr (!is_absent<typename current_type::offset_type>) {
      clause_given_twice<current_type>();
      return self;
    } else {
      auto node = count_node(count);
      return with_clause<limit_kind>(
          self, limit_clause<typename current_type::count_type, decltype(node)>{{}, current.count, node});
    }
  }

 private:
  template <class Count>
  static constexpr auto count_node(const Count& count) {
    if constexpr (is_untyped_parameter<Count>) {
      return typed_as<std::int64_t>(count);
    } else if constexpr (category_of<operand_value_t<Count>>() != category::integral) {
      limit_needs_integer<Count>();
      return invalid_expression{};
    } else {
      return as_node(count);
    }
  }
};

}  // namespace ctql
