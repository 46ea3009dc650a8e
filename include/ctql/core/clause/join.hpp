#pragma once
// `users.join(posts).on(cond)`, left_join, right_join, full_join, cross_join; chains continue.
// The outer side of an outer join is nullable: its columns read as std::optional.
#include <string_view>
#include <type_traits>

#include "ctql/core/check.hpp"
#include "ctql/core/clause/with.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/meta/type_list.hpp"

namespace ctql {

template <class Condition>
constexpr void on_needs_boolean() {
  static_assert(always_false<Condition>,
                "ctql: on() needs a boolean condition, e.g. posts.user_id == users.id");
}

template <class Condition>
constexpr void on_uses_window_function() {
  static_assert(always_false<Condition>,
                "ctql: on() cannot use a window function; join a derived table that selects it with .as<name>() "
                "and use name[item] in on()");
}
template <class Right>
constexpr void join_needs_table() {
  static_assert(always_false<Right>,
                "ctql: join() takes a table or a table alias; chain further joins instead of "
                "nesting them: a.join(b).on(...).join(c).on(...)");
}

template <class... TablesNotJoined>
constexpr void on_uses_table_not_joined(type_list<TablesNotJoined...>) {
  static_assert(always_false<TablesNotJoined...>,
                "ctql: on() uses a column whose table is not joined yet; join that table first");
}

namespace join_kind {
struct inner {
  static constexpr std::string_view sql = " INNER JOIN ";
  static constexpr bool left_nullable = false, right_nullable = false;
};
struct left {
  static constexpr std::string_view sql = " LEFT OUTER JOIN ";
  static constexpr bool left_nullable = false, right_nullable = true;
};
struct right {
  static constexpr std::string_view sql = " RIGHT OUTER JOIN ";
  static constexpr bool left_nullable = true, right_nullable = false;
};
struct full {
  static constexpr std::string_view sql = " FULL OUTER JOIN ";
  static constexpr bool left_nullable = true, right_nullable = true;
};
struct cross {
  static constexpr std::string_view sql = " CROSS JOIN ";
  static constexpr bool left_nullable = false, right_nullable = false;
};
}  // namespace join_kind

/// The ON of a cross join, which has none.
struct no_condition : leaf_traits {
  template <class Ctx>
  static constexpr void render(Ctx&) {}
};

template <class Derived>
struct source_ops;

/// How a join writes and binds each of its sides: as the side itself does. An UPDATE's source on
/// MySQL/MariaDB writes its CTEs in place instead (clause/update_from.hpp: ctes_in_place).
struct sides_as_they_are {
  template <class Side, class Ctx>
  static constexpr void render(Ctx& ctx) {
    Side::render_source(ctx);
  }
  template <class Side, class F>
  static constexpr void visit(const Side& side, F& f) {
    visit_part(side, f);
  }
};

namespace detail {
template <class Right, class Tables>
struct on_tables {
  using type = Tables;
};
template <flagged_source Right, class Tables>
struct on_tables<Right, Tables> {
  using type = guard_t<typename Right::flag_type, Tables>;
};
}  // namespace detail
/// The tables an on() uses, as the rules see them: guarded by the flag of a dynamic join.
template <class Right, class Tables>
using on_tables_of = typename detail::on_tables<Right, Tables>::type;

/// `Left <kind> JOIN Right ON Condition`
template <class Kind, class Left, class Right, class Condition>
struct join_source : source_ops<join_source<Kind, Left, Right, Condition>> {
  using provided_tables = meta::concat<typename Left::provided_tables, typename Right::provided_tables>;
  using nullable_tables =
      meta::concat<typename Left::nullable_tables, typename Right::nullable_tables,
                   std::conditional_t<Kind::left_nullable, typename Left::provided_tables, type_list<>>,
                   std::conditional_t<Kind::right_nullable, typename Right::provided_tables, type_list<>>>;
  /// Tables the ON conditions use: they must all be provided. A dynamic join's ON is there only
  /// with its flag, as a part under dynamic(flag, ...) is (clause/dynamic_join.hpp).
  using tables = meta::concat<typename Left::tables, on_tables_of<Right, typename Condition::tables>>;
  using dynamic_joins = meta::concat<dynamic_joins_of<Left>, dynamic_joins_of<Right>>;
  using params = meta::concat<typename Left::params, typename Right::params, typename Condition::params>;
  static constexpr bool is_dynamic = Left::is_dynamic || Right::is_dynamic || Condition::is_dynamic;
  static constexpr bool binds_values = Left::binds_values || Right::binds_values || Condition::binds_values;
  /// Tables an on() uses that are not joined at that point: an error if joined later, else an
  /// enclosing statement's (correlation).
  using unjoined_on_tables = meta::concat<typename Left::unjoined_on_tables,
                                          meta::difference<typename Condition::tables, provided_tables>>;
  static constexpr bool uses_full_join = Left::uses_full_join || std::is_same_v<Kind, join_kind::full>;

  using ctes = meta::concat<ctes_of<Left>, ctes_of<Right>>;

  Left left;
  Right right;
  Condition condition;

  template <class C>
  constexpr const C* find_cte() const {
    if (const C* found = ::ctql::find_cte<C>(left)) return found;
    return ::ctql::find_cte<C>(right);
  }

  /// Sides: how each side is written (render_source) and bound (visit), in the same order.
  template <class Ctx, class Sides = sides_as_they_are>
  static constexpr void render_source(Ctx& ctx) {
    if constexpr (std::is_same_v<Kind, join_kind::full> && !Ctx::dialect::supports_full_join)
      dialect_has_no_full_join<typename Ctx::dialect>();
    Sides::template render<Left>(ctx);
    if constexpr (flagged_source<Right>) {
      if (!ctx.flag_on(Right::flag_type::name)) return;  // the join and its ON are in the variants with the flag
    }
    ctx.text(Kind::sql);
    Sides::template render<Right>(ctx);
    if constexpr (!std::is_same_v<Kind, join_kind::cross>) {
      ctx.text(" ON ");
      Condition::render(ctx);
    }
  }
  template <class F, class Sides = sides_as_they_are>
  constexpr void visit(F& f) const {
    Sides::visit(left, f);
    if constexpr (flagged_source<Right>) {
      if (!flag_on_for(f, Right::flag_type::name, right.on)) return;
    }
    Sides::visit(right, f);  // a derived table binds its subquery's values
    visit_part(condition, f);
  }
};

template <class T>
inline constexpr bool is_join_source = false;
template <class Kind, class Left, class Right, class Condition>
inline constexpr bool is_join_source<join_source<Kind, Left, Right, Condition>> = true;

template <class Condition>
constexpr void on_holds_variants() {
  static_assert(always_false<Condition>,
                "ctql: on() cannot hold maybe(), dynamic() or or_each(); put a condition that may be missing in "
                "where()");
}

/// A join waiting for its on().
template <class Kind, class Left, class Right>
struct pending_join {
  Left left;
  Right right;
  /// `.on(posts.user_id == users.id)`
  template <class Condition>
  constexpr auto on(const Condition& condition) const {
    if constexpr (!boolean_expression<Condition>) {
      on_needs_boolean<Condition>();
      return join_source<Kind, Left, Right, invalid_expression>{{}, left, right, {}};
    } else if constexpr (Condition::has_window) {
      on_uses_window_function<Condition>();
      return join_source<Kind, Left, Right, invalid_expression>{{}, left, right, {}};
    } else if constexpr (!fixed_shape<Condition>) {
      on_holds_variants<Condition>();
      return join_source<Kind, Left, Right, invalid_expression>{{}, left, right, {}};
    } else {
      return join_source<Kind, Left, Right, Condition>{{}, left, right, condition};
    }
  }
};

/// Marks a statement (core/query/statement.hpp).
struct statement_tag;

template <class Query>
constexpr void join_select_needs_name() {
  static_assert(always_false<Query>,
                "ctql: a select in join() is a derived table and needs a name: "
                "join(select(...).from(...).as<name>()), its columns reached as name[column]");
}

template <class Derived>
constexpr void derived_table_is_correlated() {
  static_assert(always_false<Derived>,
                "ctql: a derived table or CTE cannot use the outer statement's tables (SQL would need LATERAL); "
                "join those tables inside its subquery, or use a scalar subquery in the select list");
}
/// A derived table whose subquery uses tables it does not provide.
template <class T>
concept correlated_source = requires { requires T::is_correlated; };

template <class T>
concept single_table_source = requires {
  typename T::provided_tables;
  T::sql_name;
};

/// join(), left_join(), right_join(), full_join(), cross_join() for tables, aliases and joins.
template <class Derived>
struct source_ops {
  template <class Right>
  constexpr auto join(const Right& right) const {
    return make<join_kind::inner>(right);
  }
  template <class Right>
  constexpr auto left_join(const Right& right) const {
    return make<join_kind::left>(right);
  }
  template <class Right>
  constexpr auto right_join(const Right& right) const {
    return make<join_kind::right>(right);
  }
  template <class Right>
  constexpr auto full_join(const Right& right) const {
    return make<join_kind::full>(right);
  }
  /// CROSS JOIN: every pair of rows, no on().
  template <class Right>
  constexpr auto cross_join(const Right& right) const {
    if constexpr (!single_table_source<Right>) {
      join_needs_table<Right>();
    }
    return join_source<join_kind::cross, Derived, Right, no_condition>{
        {}, static_cast<const Derived&>(*this), right, {}};
  }

 private:
  template <class Kind, class Right>
  constexpr pending_join<Kind, Derived, Right> make(const Right& right) const {
    if constexpr (std::is_base_of_v<statement_tag, Right>) join_select_needs_name<Right>();
    else if constexpr (!single_table_source<Right>) join_needs_table<Right>();
    else if constexpr (correlated_source<Right>) derived_table_is_correlated<Right>();
    return {static_cast<const Derived&>(*this), right};
  }
};

}  // namespace ctql
