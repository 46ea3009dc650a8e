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
#include "ctql/core/meta/node_list.hpp"
#include "ctql/core/meta/type_list.hpp"

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
template <class Used, class Statement, bool TopLevel>
using tables_not_visible = meta::unique<meta::difference<Used, visible_tables<Statement, TopLevel>>>;

namespace detail {
/// The type of the clause at I of List, or absent past its end (a kind the verb does not take).
template <std::size_t I, class List>
constexpr auto clause_or_absent() {
  if constexpr (I < List::size) return std::type_identity<node_type<I, List>>{};
  else return std::type_identity<absent>{};
}
}  // namespace detail

/// Verb: `slots` (clause kinds in SQL order), `provided_tables`, `render_head(ctx)`,
/// `check<Statement, TopLevel>()` (the verb's own rules, run before the clauses'), and
/// `part<Statement, Clauses...>`: a base with the verb's builder methods and result traits.
template <class Verb, class... Clauses>
struct clause_statement : statement_tag, Verb::template part<clause_statement<Verb, Clauses...>, Clauses...> {
  using verb = Verb;
  using clause_list = node_list<Clauses...>;
  clause_list clauses;

  constexpr clause_statement() = default;
  constexpr explicit clause_statement(const clause_list& given) : clauses(given) {}

  /// The clause of kind Kind: `absent` if the statement has none, or its verb takes none.
  template <class Kind>
  using clause = typename decltype(detail::clause_or_absent<meta::index_of<Kind, typename Verb::slots>, clause_list>())::type;

  /// The tables the statement's clauses use.
  using tables = meta::concat<typename Clauses::tables...>;
  using provided_tables = meta::concat<typename Verb::provided_tables, typename Clauses::provided_tables...>;
  using nullable_tables = meta::concat<typename Clauses::nullable_tables...>;
  /// Tables used but not provided: an enclosing statement must provide them (correlation).
  using free_tables = meta::difference<tables, provided_tables>;
  using params = meta::concat<typename Clauses::params...>;
  static constexpr bool is_dynamic = (false || ... || Clauses::is_dynamic);
  static constexpr bool binds_values = (false || ... || Clauses::binds_values);
  static constexpr bool uses_full_join = (false || ... || Clauses::uses_full_join);

  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    Verb::render_head(ctx);
    (Clauses::render(ctx), ...);
  }
  template <class F>
  constexpr void visit(F& f) const {
    clauses.for_each([&](const auto& c) { c.visit(f); });
  }
  /// The whole-statement rules: the verb's, then every clause's (each failure reported).
  /// TopLevel: no enclosing statement provides a table.
  template <bool TopLevel>
  static constexpr bool check() {
    if constexpr (!Verb::template check<clause_statement, TopLevel>()) {
      return false;
    } else {
      bool ok = true;  // every clause's rules run, so each failure is reported
      ((ok = Clauses::template check<clause_statement, TopLevel>() && ok), ...);
      return ok;
    }
  }
};

/// Statement with its clause of kind Kind replaced by `given`.
template <class Kind, class Verb, class... Clauses, class Given>
constexpr auto with_clause(const clause_statement<Verb, Clauses...>& statement, const Given& given) {
  constexpr std::size_t at = meta::index_of<Kind, typename Verb::slots>;
  static_assert(at < sizeof...(Clauses), "ctql internal: the verb takes no clause of this kind");
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    using result = clause_statement<Verb, std::conditional_t<I == at, Given, Clauses>...>;
    auto pick = [&]<std::size_t J>() -> decltype(auto) {
      if constexpr (J == at) return (given);
      else return node_at<J>(statement.clauses);
    };
    return result(typename result::clause_list{{pick.template operator()<I>()}...});
  }(std::index_sequence_for<Clauses...>{});
}

/// A statement of Verb with `first` as its first clause and no other clause yet:
/// `statement_starting_with<select_verb>(list)`.
template <class Verb, class First>
constexpr auto statement_starting_with(const First& first) {
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    using result = clause_statement<Verb, First, std::conditional_t<I == I, absent, void>...>;
    return result(typename result::clause_list{{first}, {(static_cast<void>(I), absent{})}...});
  }(std::make_index_sequence<Verb::slots::size - 1>{});
}

/// Statement's clause of kind Kind (which its verb takes).
template <class Kind, class Verb, class... Clauses>
constexpr const auto& clause_of(const clause_statement<Verb, Clauses...>& statement) {
  return node_at<meta::index_of<Kind, typename Verb::slots>>(statement.clauses);
}

/// The statement a builder method of a verb's part is called on.
template <class Statement, class Part>
constexpr const Statement& statement_of(const Part& part) {
  return static_cast<const Statement&>(part);
}

}  // namespace ctql
