#pragma once
// A join present only when a flag is on, and the parts that use its table:
//   const ctql::flag<"with_posts"> with_posts{show_posts};
//   select(users.name, dynamic(with_posts, posts.title))                   // std::optional; NULL without
//       .from(users.left_join(dynamic(with_posts, posts)).on(posts.user_id == users.id))
//       .where(users.age > 3 && dynamic(with_posts, posts.title.like("A%")))  // drops out without
//       .order_by(dynamic(with_posts, posts.title.asc()), users.id.asc());   // left out without
// The join writes " LEFT OUTER JOIN posts ON ..." only in the variants with the flag on. Every
// other use of posts must be under dynamic(with_posts, ...): the flag's name is in its type, so a
// use outside it, or under another flag, is a ctql: error (query/dynamic_join_rules.hpp). Guards
// read the flag's value from the join, so the join and its uses cannot disagree.
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "ctql/core/check.hpp"
#include "ctql/core/clause/join.hpp"
#include "ctql/core/clause/with.hpp"
#include "ctql/core/error.hpp"
#include "ctql/core/expr/expression_ops.hpp"
#include "ctql/core/expr/flag.hpp"
#include "ctql/core/expr/node.hpp"
#include "ctql/core/expr/sort_order.hpp"
#include "ctql/core/meta/fixed_string.hpp"
#include "ctql/core/meta/type_list.hpp"

namespace ctql {

template <class Part>
constexpr void flag_guard_takes_fixed_part() {
  static_assert(always_false<Part>,
                "ctql: dynamic(flag, x) with a ctql::flag takes a fixed part: no maybe(), dynamic(), one_of() or "
                "or_each() inside; write dynamic(flag, a) && maybe-condition side by side instead");
}
template <class Part>
constexpr void dynamic_flag_takes_table_or_part() {
  static_assert(always_false<Part>,
                "ctql: dynamic(flag, x) with a ctql::flag takes a table (the right side of a join), a condition, a "
                "select item or a sort item (expr.asc(), expr.desc())");
}

/// `dynamic(with_posts, posts)`: the right side of a join made only when with_posts is on.
template <fixed_string Name, class Table>
struct dynamic_source : dynamic_source_tag {
  using flag_type = flag_name<Name>;
  using provided_tables = typename Table::provided_tables;
  using nullable_tables = typename Table::nullable_tables;
  using tables = typename Table::tables;
  using params = typename Table::params;
  using unjoined_on_tables = typename Table::unjoined_on_tables;
  using dynamic_joins = guard_t<flag_type, provided_tables>;
  using ctes = ctes_of<Table>;
  static constexpr bool is_dynamic = Table::is_dynamic;
  static constexpr bool binds_values = Table::binds_values;
  static constexpr bool uses_full_join = false;
  static constexpr std::string_view sql_name = Table::sql_name;
  bool on = false;
  Table table;

  template <class C>
  constexpr const C* find_cte() const {
    return ::ctql::find_cte<C>(table);
  }
  template <class Ctx>
  static constexpr void render_source(Ctx& ctx) {
    Table::render_source(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(table, f);
  }
};

namespace detail {
/// The flag of a guard, read from the statement: its own copy must agree with the join's.
template <class F>
bool guard_flag_on(const F& f, std::string_view name, bool own) {
  const bool on = flag_on_for(f, name, own);
  if (on != own)
    throw error("ctql: dynamic(flag, x) was given a ctql::flag named " + std::string(name) +
                " whose value differs from the one its join was given; use the same flag object for both");
  return on;
}
}  // namespace detail

/// `dynamic(with_posts, posts.title)`: the part when the join under with_posts is made. A
/// condition drops out of its && / || without it; a select item is NULL (std::optional either way).
template <fixed_string Name, class Part>
struct flag_guard : expression_tag, expression_ops<flag_guard<Name, Part>>, composite_traits<Part> {
  using value_type = std::optional<strip_optional_t<typename Part::value_type>>;
  using flag_type = flag_name<Name>;
  using tables = guard_t<flag_type, typename Part::tables>;
  using flags = type_list<flag_type>;
  static constexpr bool is_leaf = Part::is_leaf;
  static constexpr bool is_variant_item = true;  // a select() item
  static constexpr bool is_flag_guard = true;    // an order_by() item
  bool on = false;
  Part part;

  template <class C>
  static constexpr bool present_at(const C& c, std::size_t) {
    return c.flag_on(flag_type::name);
  }
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    if (ctx.flag_on(flag_type::name)) Part::render(ctx);
    else ctx.text("NULL");  // a select item keeps its place; elsewhere the part is left out
  }
  template <class F>
  constexpr void visit(F& f) const {
    if (detail::guard_flag_on(f, flag_type::name, on)) visit_part(part, f);
  }
};

/// `dynamic(with_posts, posts.title.desc())` in order_by(): left out without the join.
template <fixed_string Name, class Part>
struct flag_guard_sort : sort_tag, composite_traits<Part> {
  using key_type = typename Part::key_type;
  using flag_type = flag_name<Name>;
  using tables = guard_t<flag_type, typename Part::tables>;
  using flags = type_list<flag_type>;
  static constexpr bool is_flag_guard = true;
  bool on = false;
  Part part;

  template <class C>
  static constexpr bool present_at(const C& c, std::size_t) {
    return c.flag_on(flag_type::name);
  }
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    if (ctx.flag_on(flag_type::name)) Part::render(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    if (detail::guard_flag_on(f, flag_type::name, on)) visit_part(part, f);
  }
};

/// `join(dynamic(with_posts, posts))`, and `dynamic(with_posts, x)` for each use of posts.
template <fixed_string Name, class Part>
constexpr auto dynamic(const flag<Name>& f, const Part& part) {
  if constexpr (single_table_source<Part> && !expression<Part>) {
    return dynamic_source<Name, Part>{{}, f.on, part};
  } else if constexpr (!expression<Part> && !std::is_base_of_v<sort_tag, Part>) {
    dynamic_flag_takes_table_or_part<Part>();
    return invalid_expression{};
  } else if constexpr (!fixed_shape<Part>) {
    flag_guard_takes_fixed_part<Part>();
    return invalid_expression{};
  } else if constexpr (std::is_base_of_v<sort_tag, Part>) {
    return flag_guard_sort<Name, Part>{{}, {}, f.on, part};
  } else {
    return flag_guard<Name, Part>{{}, {}, {}, f.on, part};
  }
}

}  // namespace ctql
