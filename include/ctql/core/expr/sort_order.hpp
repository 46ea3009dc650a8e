#pragma once
// `users.name.asc()`, `users.age.desc()`, `users.email.asc().nulls_last()`: items of order_by().
// NULLS FIRST/LAST is written as the dialect can (its nulls_order): with the keywords, or where
// there are none (MySQL, MariaDB) as a key before the item, `x IS NULL, x ASC` (NULLs last:
// IS NULL is 0 for a value, 1 for NULL) or `x IS NULL DESC, x ASC` (NULLs first).
#include "ctql/core/expr/node.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/render/dialect.hpp"

namespace ctql {

struct sort_tag {};

/// Where an order_by() item puts NULLs: where the database does (unspecified), first or last.
enum class nulls_place { unspecified, first, last };

template <class Dialect, class Operand>
constexpr void emulated_nulls_order_binds_value() {
  static_assert(always_false<Dialect, Operand>,
                "ctql: MySQL has no NULLS FIRST/LAST, so ctql writes x IS NULL, x ASC, which repeats x; "
                "nulls_first()/nulls_last() cannot order by an expression that binds a value (a C++ value "
                "or param<>): order by a column or an expression without values");
}

namespace detail {
/// What an `x IS NULL` key tests for an item: its operand, or a named item's expression.
template <class Operand>
struct null_tested {
  using type = Operand;
};
template <class Operand>
  requires requires { typename Operand::null_tested; }
struct null_tested<Operand> {
  using type = typename Operand::null_tested;
};
}  // namespace detail

template <class Operand, bool Descending, nulls_place Nulls = nulls_place::unspecified>
struct sort_item : sort_tag, composite_traits<Operand> {
  using key_type = Operand;
  static constexpr bool descending = Descending;
  static constexpr nulls_place nulls = Nulls;
  Operand operand;

  /// `users.email.asc().nulls_first()`: NULLS FIRST (emulated on MySQL)
  constexpr sort_item<Operand, Descending, nulls_place::first> nulls_first() const
    requires(Nulls == nulls_place::unspecified)
  {
    return {{}, {}, operand};
  }
  /// `users.email.desc().nulls_last()`: NULLS LAST (emulated on MySQL)
  constexpr sort_item<Operand, Descending, nulls_place::last> nulls_last() const
    requires(Nulls == nulls_place::unspecified)
  {
    return {{}, {}, operand};
  }

  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    // The IS NULL key tests the expression: MySQL takes no aggregate's name inside an expression.
    using tested = typename detail::null_tested<Operand>::type;
    if constexpr (emulates_nulls<typename Ctx::dialect> && tested::binds_values)
      emulated_nulls_order_binds_value<typename Ctx::dialect, tested>();  // its values would bind once
    render_with(ctx, [](Ctx& c) { render_operand<Operand>(c); }, [](Ctx& c) { render_operand<tested>(c); });
  }
  /// The item with `key(ctx)` writing its key: the operand, or (after a set operation) the result
  /// column it stands for; where the dialect emulates NULLS FIRST/LAST, `null_key(ctx)` writes
  /// what the IS NULL key tests.
  template <class Ctx, class Key, class NullKey>
  static constexpr void render_with(Ctx& ctx, Key key, NullKey null_key) {
    if constexpr (emulates_nulls<typename Ctx::dialect>) {
      null_key(ctx);
      ctx.text(Nulls == nulls_place::first ? " IS NULL DESC, " : " IS NULL, ");
    }
    key(ctx);
    ctx.text(Descending ? " DESC" : " ASC");
    if constexpr (Nulls != nulls_place::unspecified && !emulates_nulls<typename Ctx::dialect>)
      ctx.text(Nulls == nulls_place::first ? " NULLS FIRST" : " NULLS LAST");
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(operand, f);
  }

  /// Whether this item is written with an `x IS NULL` key before it on dialect D.
  template <class D>
  static constexpr bool emulates_nulls = Nulls != nulls_place::unspecified && D::nulls_order == null_ordering::is_null_key;
};

}  // namespace ctql
