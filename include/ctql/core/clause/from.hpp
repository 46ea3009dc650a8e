#pragma once
// FROM a table, an alias or a chain of joins (clause/join.hpp), which provides the tables the
// other clauses may use.
#include "ctql/core/check.hpp"
#include "ctql/core/clause/absent.hpp"
#include "ctql/core/clause/join.hpp"
#include "ctql/core/clause/with.hpp"
#include "ctql/core/query/statement.hpp"

namespace ctql {

struct from_kind {};

template <class Source>
constexpr void from_needs_table() {
  static_assert(always_false<Source>,
                "ctql: from() takes a table, a table alias, a named select (a derived table: "
                "select(...).as<name>()) or a join, e.g. from(users) or "
                "from(users.join(posts).on(posts.user_id == users.id))");
}

template <class Query>
constexpr void from_select_needs_name() {
  static_assert(always_false<Query>,
                "ctql: a select in from() or join() is a derived table and needs a name: "
                "from(select(...).from(...).as<name>()), its columns reached as name[column]");
}

template <class Sources>
constexpr void source_named_twice() {
  static_assert(always_false<Sources>,
                "ctql: from() and its joins name the same table (or derived table, or CTE) twice, so its columns "
                "would be ambiguous; name the second one apart: t.as<name>() for a table, select(...).as<name>() "
                "over a CTE");
}

template <class Source>
constexpr void from_takes_no_dynamic_table() {
  static_assert(always_false<Source>,
                "ctql: dynamic(flag, table) is the right side of a join, present when the flag is on: "
                "from(users.left_join(dynamic(with_posts, posts)).on(posts.user_id == users.id)); from() "
                "itself takes the table that is always there");
}

template <class T>
concept from_source = requires {
  typename T::provided_tables;
  typename T::nullable_tables;
};

template <class Source>
struct from_clause : clause_defaults {
  using provided_tables = typename Source::provided_tables;
  using nullable_tables = typename Source::nullable_tables;
  using tables = typename Source::tables;  // what its ON conditions use (a dynamic join's guarded)
  using dynamic_joins = dynamic_joins_of<Source>;
  using free_columns = type_list<>;
  using params = typename Source::params;
  static constexpr bool has_aggregate = false;
  static constexpr bool is_dynamic = Source::is_dynamic;
  static constexpr bool binds_values = Source::binds_values;
  static constexpr bool uses_full_join = Source::uses_full_join;
  using ctes = ctes_of<Source>;
  Source source;
  template <class C>
  constexpr const C* find_cte() const {
    return ::ctql::find_cte<C>(source);
  }
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text(" FROM ");
    Source::render_source(ctx);
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(source, f);
  }
  /// Each on() uses only tables joined before it, or an enclosing statement's; no source is named twice.
  template <class Statement, bool TopLevel>
  static constexpr bool check() {
    if constexpr (meta::unique<provided_tables>::size != provided_tables::size) {
      source_named_twice<provided_tables>();
      return false;
    }
    using not_joined = meta::unique<meta::difference<unguard_t<tables>, provided_tables>>;
    using unjoined = typename Source::unjoined_on_tables;
    using joined_too_late = meta::unique<meta::difference<unjoined, meta::difference<unjoined, provided_tables>>>;
    if constexpr (not_joined::size != 0) on_uses_table_not_joined(not_joined{});
    if constexpr (joined_too_late::size != 0) on_uses_table_not_joined(joined_too_late{});
    return not_joined::size == 0 && joined_too_late::size == 0;
  }
};

/// Whether Source may be what a from() reads (a select's, an update's); reports why not.
template <class Source>
constexpr bool source_fits_from() {
  if constexpr (statement<Source>) {
    from_select_needs_name<Source>();
    return false;
  } else if constexpr (flagged_source<Source>) {
    from_takes_no_dynamic_table<Source>();
    return false;
  } else if constexpr (!from_source<Source>) {
    from_needs_table<Source>();
    return false;
  } else if constexpr (correlated_source<Source>) {
    derived_table_is_correlated<Source>();
    return false;
  } else {
    return true;
  }
}

/// `.from(users)`, `.from(users.join(posts).on(...))`
template <class Statement, class Source>
constexpr auto add_from(const Statement& self, const Source& source) {
  using current = typename Statement::template clause<from_kind>;
  if constexpr (!is_absent<current>) {
    clause_given_twice<current>();
    return self;
  } else if constexpr (!source_fits_from<Source>()) {
    return self;
  } else {
    return with_clause<from_kind>(self, from_clause<Source>{{}, source});
  }
}

}  // namespace ctql
