#pragma once
// What a statement is, and the one statement template that SELECT, UPDATE and DELETE share: a
// verb (what the statement does and which clauses it takes, in SQL order) and one clause per
// kind, `absent` where it has none. A clause's builder replaces its own clause with
// with_clause<Kind>(statement, clause) without naming the others; a clause's rules run with the
// whole statement in view (Statement::clause<Kind> finds any other clause).
//
// A clause type C has the traits of an expression node (tables, params, is_dynamic, ...; see
// expr/node.hpp), `static render(ctx)`, `visit(f)`, and from clause_traits the defaults of what
// only some clauses say: provided_tables, nullable_tables, uses_full_join and its rule,
// `check<Statement, TopLevel>()`.
#include <cstddef>
#include <type_traits>
#include <utility>

#include "ctql/core/clause/absent.hpp"
#include "ctql/core/clause/with.hpp"
#include "ctql/core/meta/node_list.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/query/dynamic_join_rules.hpp"
#include "ctql/core/query/variants.hpp"

namespace ctql {

struct statement_tag {};

template <class Q>
concept statement = std::is_base_of_v<statement_tag, Q>;

/// How a connector runs a statement: a query gives rows, a change gives an exec_result, a bulk
/// insert inserts a range in batches.
enum class statement_kind { query, change, bulk_insert };

template <class Q>
inline constexpr bool is_query = statement<Q> && Q::kind == statement_kind::query;
template <class Q>
inline constexpr bool is_bulk_insert = statement<Q> && Q::kind == statement_kind::bulk_insert;

/// The tables a clause of Statement may use: those the statement provides and, in a subquery
/// (not TopLevel), an enclosing statement's.
template <class Statement, bool TopLevel>
using visible_tables = meta::concat<typename Statement::provided_tables,
                                    std::conditional_t<TopLevel, type_list<>, typename Statement::free_tables>>;

/// The tables in Used that Statement does not make visible, each once.
/// (A part under dynamic(flag, ...) lists its tables guarded: as tables, they are the same.)
template <class Used, class Statement, bool TopLevel>
using tables_not_visible = meta::unique<meta::difference<unguard_t<Used>, visible_tables<Statement, TopLevel>>>;

namespace detail {
/// The type of the clause at I of List, or absent past its end (a kind the verb does not take).
template <std::size_t I, class List, bool = (I < List::size)>
struct clause_or_absent {
  using type = node_type<I, List>;
};
template <std::size_t I, class List>
struct clause_or_absent<I, List, false> {
  using type = absent;
};
}  // namespace detail

/// Verb: `slots` (clause kinds in SQL order), `provided_tables`, `render_head(ctx)` (or
/// `render_statement<Statement>(ctx)`, which writes the whole statement, WITH included),
/// `check<Statement, TopLevel>()` (the verb's own rules, run before the clauses'), and
/// `part<Statement, Clauses...>`: a base with the verb's builder methods and result traits.
template <class Verb, class... Clauses>
struct clause_statement : statement_tag, Verb::template part<clause_statement<Verb, Clauses...>, Clauses...> {
  using verb = Verb;
  using clause_list = node_list<Clauses...>;
  clause_list clauses;  // an aggregate, built as `{{}, {}, clauses}`: no constructor to instantiate

  /// The clause of kind Kind: `absent` if the statement has none, or its verb takes none.
  template <class Kind>
  using clause = typename detail::clause_or_absent<meta::index_of<Kind, typename Verb::slots>, clause_list>::type;

  /// The tables the statement's clauses use; `guarded_tables` as the clauses list them, with
  /// guarded<flag, table> for a part under dynamic(flag, ...) (query/dynamic_join_rules.hpp).
  using guarded_tables = meta::concat<typename Clauses::tables...>;
  using tables = unguard_t<guarded_tables>;
  using provided_tables = meta::concat<typename Verb::provided_tables, typename Clauses::provided_tables...>;
  using nullable_tables = meta::concat<typename Clauses::nullable_tables...>;
  /// Tables used but not provided: an enclosing statement must provide them (correlation).
  using free_tables = meta::difference<tables, provided_tables>;
  using params = meta::concat<typename Clauses::params...>;
  static constexpr bool is_dynamic = (false || ... || Clauses::is_dynamic);
  static constexpr bool binds_values = (false || ... || Clauses::binds_values);
  static constexpr bool uses_full_join = (false || ... || Clauses::uses_full_join);
  /// Its dynamic joins (guarded<flag, table>) and their flags, which are its variants' lowest digits.
  using dynamic_joins = meta::concat<dynamic_joins_of<Clauses>...>;
  using flags = joined_flags_t<dynamic_joins>;
  static constexpr std::size_t flag_variants = std::size_t{1} << (flags::size < 40 ? flags::size : 40);
  /// How many shapes its SQL takes at run time (maybe(), dynamic(), one_of(), or_each(), the
  /// flags of dynamic joins); 1 if fixed.
  static constexpr std::size_t variant_count = variant_product(flag_variants, variant_count_of<Clauses...>);

  /// The common table expressions its from() and joins use, rendered as WITH in front (clause/with.hpp).
  using ctes = meta::unique<meta::concat<ctes_of<Clauses>...>>;

  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    if constexpr (flags::size != 0) {
      ctx.flags = {{flag_name_array<flags>::names, flags::size}, ctx.variant % flag_variants};
      ctx.skip_choices(flag_variants);
    }
    if constexpr (requires { Verb::template render_statement<clause_statement>(ctx); }) {
      Verb::template render_statement<clause_statement>(ctx);  // a verb whose shape the dialect decides
    } else {
      if constexpr (ctes::size != 0) render_with(ctx, ctes{});
      render_body(ctx);
    }
  }
  /// The statement without its WITH (a CTE's own statement: the enclosing WITH lists its CTEs).
  template <class Ctx>
  static constexpr void render_body(Ctx& ctx) {
    Verb::render_head(ctx);
    (Clauses::render(ctx), ...);
  }
  template <class F>
  constexpr void visit(F& f) const {
    if constexpr (flags::size != 0) {
      flag_visitor<F> with_flags{{}, f, {{flag_name_array<flags>::names, flags::size}, 0}};
      std::size_t seen = 0;
      clauses.for_each([&](const auto& c) { read_join_flags(c, with_flags.flags, seen); });
      for (std::size_t i = 0; i < flags::size; ++i) variant_choice(f, (with_flags.flags.bits >> i) % 2, 2);
      if constexpr (ctes::size != 0) visit_ctes(with_flags, ctes{});
      visit_body(with_flags);
    } else {
      if constexpr (ctes::size != 0) visit_ctes(f, ctes{});
      visit_body(f);
    }
  }
  template <class F>
  constexpr void visit_body(F& f) const {
    visit_parts(clauses, f);
  }
  /// Visits its values in the order Dialect's text has their placeholders: a verb whose shape the
  /// dialect decides (render_statement) says that order in visit_statement<Dialect>; any other
  /// statement's is visit()'s. Connectors bind through ctql::visit_as<Dialect>(q, f).
  template <class Dialect, class F>
  constexpr void visit_as(F& f) const {
    if constexpr (requires { Verb::template visit_statement<Dialect>(*this, f); })
      Verb::template visit_statement<Dialect>(*this, f);
    else
      visit(f);
  }
  /// Where CTE C is used in this statement (clause/with.hpp).
  template <class C>
  constexpr const C* find_cte() const {
    const C* found = nullptr;
    clauses.for_each([&](const auto& c) {
      if (found == nullptr) found = ::ctql::find_cte<C>(c);
    });
    return found;
  }
  template <class F, class... Ctes>
  constexpr void visit_ctes(F& f, type_list<Ctes...>) const {
    (find_cte<Ctes>()->visit_definition(f), ...);
  }
  /// The whole-statement rules: the verb's, then every clause's (each failure reported).
  /// TopLevel: no enclosing statement provides a table.
  template <bool TopLevel>
  static constexpr bool check() {
    if constexpr (!Verb::template check<clause_statement, TopLevel>() ||
                  !check_variants<clause_statement, TopLevel, Clauses...>() ||
                  !check_dynamic_joins<dynamic_joins, guarded_tables>()) {
      return false;
    } else {
      bool ok = true;  // every clause's rules run, so each failure is reported
      ((ok = Clauses::template check<clause_statement, TopLevel>() && ok), ...);
      if constexpr (ctes::size > 1) ok = ctes_named_once(ctes{}) && ok;
      return ok;
    }
  }
};

namespace detail {
template <std::size_t At, class Given, class Verb, class Indices, class... Clauses>
struct replaced_statement;
template <std::size_t At, class Given, class Verb, std::size_t... I, class... Clauses>
struct replaced_statement<At, Given, Verb, std::index_sequence<I...>, Clauses...> {
  using type = clause_statement<Verb, std::conditional_t<I == At, Given, Clauses>...>;
};

/// A reference to the clause at I.
template <std::size_t I, class Clause>
struct clause_ref {
  const Clause& clause;
};
/// References to every clause of a statement and to the one given for slot At: the rebuilt
/// statement takes each of its clauses from here by its slot and type, with casts only (a
/// function per clause would cost the compiler one more function per clause at every step).
template <std::size_t At, class Given, class Indices, class... Clauses>
struct clause_refs;
template <std::size_t At, class Given, std::size_t... I, class... Clauses>
struct clause_refs<At, Given, std::index_sequence<I...>, Clauses...> : clause_ref<I, Clauses>..., clause_ref<At, Given> {};
}  // namespace detail

/// Statement with its clause of kind Kind replaced by `given`.
template <class Kind, class Verb, class... Clauses, class Given>
constexpr auto with_clause(const clause_statement<Verb, Clauses...>& statement, const Given& given) {
  constexpr std::size_t at = meta::index_of<Kind, typename Verb::slots>;
  static_assert(at < sizeof...(Clauses), "ctql internal: the verb takes no clause of this kind");
  using indices = std::index_sequence_for<Clauses...>;
  using result = typename detail::replaced_statement<at, Given, Verb, indices, Clauses...>::type;
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    const detail::clause_refs<at, Given, indices, Clauses...> refs{
        {static_cast<const node_slot<I, Clauses>&>(statement.clauses).node}..., {given}};
    return result{{}, {}, {{static_cast<const detail::clause_ref<I, node_type<I, typename result::clause_list>>&>(refs).clause}...}};
  }(indices{});
}

/// A statement of Verb with `first` as its first clause and no other clause yet:
/// `statement_starting_with<select_verb>(list)`.
template <class Verb, class First>
constexpr auto statement_starting_with(const First& first) {
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    using result = clause_statement<Verb, First, std::conditional_t<I == I, absent, void>...>;
    return result{{}, {}, {{first}, {(static_cast<void>(I), absent{})}...}};
  }(std::make_index_sequence<Verb::slots::size - 1>{});
}

/// Visits the values statement q binds, in the order Dialect's SQL text has their placeholders:
/// `ctql::visit_as<ctql::mysql>(q, binder)`. What every connector binds with, and what counts the
/// sizes of runtime-sized parts, so that both follow the text (an UPDATE ... FROM writes its source
/// before SET on MySQL, after it elsewhere).
template <class Dialect, class Q, class F>
constexpr void visit_as(const Q& q, F& f) {
  if constexpr (requires { q.template visit_as<Dialect>(f); }) q.template visit_as<Dialect>(f);
  else visit_part(q, f);
}

/// Statement's clause of kind Kind (which its verb takes).
template <class Kind, class Verb, class... Clauses>
constexpr const auto& clause_of(const clause_statement<Verb, Clauses...>& statement) {
  return node_at<meta::index_of<Kind, typename Verb::slots>>(statement.clauses);
}

}  // namespace ctql
