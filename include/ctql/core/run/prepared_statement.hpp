#pragma once
// `auto rename = db.prepare(update(users).set(users.name = param<"new">).where(users.name == param<"old">));`
// `rename(ctql::arg<"old">("Al"), ctql::arg<"new">("Alan"));`: arguments by name, in any order.
// Only a statement with a single parameter may be called positionally (`find(18)`): with two,
// a positional call is one swap away from changing the wrong rows.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "ctql/core/check.hpp"
#include "ctql/core/error.hpp"
#include "ctql/core/expr/column_value.hpp"
#include "ctql/core/expr/parameter.hpp"
#include "ctql/core/expr/text_copy.hpp"
#include "ctql/core/meta/distinct_names.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/query/statement.hpp"
#include "ctql/core/run/parameters.hpp"
#include "ctql/core/run/exec_result.hpp"
#include "ctql/core/run/kept_session.hpp"
#include "ctql/core/run/observe.hpp"
#include "ctql/core/run/one_thread.hpp"
#include "ctql/core/run/raw_text.hpp"
#include "ctql/core/run/session.hpp"

namespace ctql {

template <class T>
inline constexpr bool is_named_arg = false;
template <fixed_string Name, class T>
inline constexpr bool is_named_arg<named_arg<Name, T>> = true;

namespace detail {
/// Whether an argument of type A may stand for a parameter of type T: the assignment rules
/// (no double for an integer, no empty optional where NULL is not allowed).
template <class T, class A>
constexpr bool argument_fits() {
  using U = std::remove_cvref_t<std::unwrap_reference_t<std::remove_cvref_t<A>>>;
  if constexpr (std::is_same_v<U, std::nullopt_t>) {
    return is_optional_v<T>;
  } else if constexpr (!sql_value<U>) {
    return false;  // before the optional case: an optional of std::ref(x) has no binding
  } else if constexpr (is_optional_v<U>) {
    return is_optional_v<T> && argument_fits<strip_optional_t<T>, strip_optional_t<U>>();
  } else {
    return values_accepted<T, U>();
  }
}
/// What is bound for an argument: text as a view (no copy), std::nullopt as an empty T, a
/// number for a floating-point parameter as that type (checked), anything else as given.
template <class T, class A>
constexpr decltype(auto) bindable(const A& a) {
  if constexpr (is_reference_wrapper<A>) {
    return bindable<T>(a.get());
  } else if constexpr (std::is_array_v<A>) {
    return char_array_text(a);
  } else if constexpr (std::is_pointer_v<A>) {
    return c_string_text(a);
  } else if constexpr (std::is_same_v<A, std::nullopt_t>) {
    return T{};
  } else if constexpr (converts_for_column<T, A>) {
    return column_value<T>(a);
  } else {
    return (a);
  }
}

/// Position of the argument named Name among As, or sizeof...(As) if none is.
template <fixed_string Name, class... As>
constexpr std::size_t named_arg_index() {
  constexpr bool same[] = {(As::name == Name.view())..., false};
  std::size_t i = 0;
  while (i < sizeof...(As) && !same[i]) ++i;
  return i;
}
template <fixed_string Name, class... As>
constexpr std::size_t named_arg_count() {
  return (0 + ... + (As::name == Name.view() ? 1 : 0));
}
/// Whether no two of the named arguments As share a name.
template <class... As>
constexpr bool names_are_distinct() {
  constexpr std::string_view names[] = {As::name..., {}};
  return no_name_twice(names, sizeof...(As));
}
template <class A, fixed_string... Names>
constexpr bool names_a_parameter() {
  return ((A::name == Names.view()) || ...);
}
}  // namespace detail

// ---------------------------------------------------------------------------------------------
// Messages, at the line that calls the prepared statement.
template <class... Parameters>
constexpr void call_names_several_parameters(type_list<Parameters...>) {
  static_assert(always_false<Parameters...>,
                "ctql: this prepared statement has several param<> placeholders; pass each by name, in any "
                "order: stmt(ctql::arg<name>(value), ...) (positional calls swap silently)");
}
template <class Argument, class... Parameters>
constexpr void call_names_unknown_parameter(type_list<Parameters...>) {
  static_assert(always_false<Argument, Parameters...>,
                "ctql: an arg<name> names no param<> of this prepared statement; check its spelling against "
                "the statement's param<name> placeholders");
}
template <class Parameter>
constexpr void call_misses_parameter() {
  static_assert(always_false<Parameter>,
                "ctql: this call gives no arg<name> for one param<> of the prepared statement; give every "
                "parameter a value (std::nullopt for NULL)");
}
template <class Parameter>
constexpr void call_repeats_parameter() {
  static_assert(always_false<Parameter>, "ctql: this call gives the same arg<name> twice; give it once");
}
template <class... Arguments>
constexpr void text_values_given_without_arg() {
  static_assert(always_false<Arguments...>,
                "ctql: the values of a text statement are given as ctql::arg<name>(value), one for each :name");
}
template <class... Arguments>
constexpr void text_arg_given_twice() {
  static_assert(always_false<Arguments...>,
                "ctql: a text statement is given the same arg<name> twice; give each :name one value");
}
template <class Parameter, class Argument>
constexpr void argument_does_not_fit() {
  static_assert(always_false<Parameter, Argument>,
                "ctql: this argument's type does not fit its param<>: a param takes what its column takes "
                "(a number for a number column, text for text, std::nullopt only where NULL is allowed)");
}
template <class... Arguments>
constexpr void call_gives_arguments_without_parameters() {
  static_assert(always_false<Arguments...>,
                "ctql: this prepared statement has no param<>; call it with no arguments: stmt()");
}
template <class Parameter, class... Arguments>
constexpr void call_has_wrong_argument_count() {
  static_assert(always_false<Parameter, Arguments...>,
                "ctql: this prepared statement has one param<>; call it with one value, or with "
                "ctql::arg<name>(value)");
}

/// A statement with param<"name"> placeholders and the session to run it on:
/// `auto find = db.prepare(q); find(18);`. Arguments are typed; a wrong type does not compile.
template <class Session, class Q, class Distinct = typename parameter_signature<typename Q::params>::distinct>
class prepared_statement;

template <class Session, class Q, fixed_string... Names, class... Ts>
class prepared_statement<Session, Q, type_list<parameter<Names, Ts>...>> {
 public:
  /// `sql(q)`: its text, for the statement observer.
  prepared_statement(detail::kept_session<Session> session, Q q, std::string (*sql)(const Q&) = nullptr)
      : session_(std::move(session)), q_(std::move(q)), sql_(sql) {}

  /// Runs the statement: `stmt(ctql::arg<"old">("a"), ctql::arg<"new">("b"))`, or `find(18)`
  /// when the statement has a single parameter.
  template <class... As>
  decltype(auto) operator()(const As&... args) {
    if constexpr (sizeof...(As) == 0 && sizeof...(Ts) == 0) {
      return run(std::tuple<>{});
    } else if constexpr (sizeof...(Ts) == 0) {
      call_gives_arguments_without_parameters<As...>();
      return refused();
    } else if constexpr (sizeof...(As) > 0 && (is_named_arg<As> && ...)) {
      if constexpr (!named_call_is_complete<As...>()) {
        report_named_call<As...>();
        return refused();
      } else {
        return run(std::tuple<decltype(detail::bindable<Ts>(named_value<Names>(args...)))...>(
            detail::bindable<Ts>(named_value<Names>(args...))...));
      }
    } else if constexpr (sizeof...(Ts) != 1) {
      call_names_several_parameters(type_list<parameter<Names, Ts>...>{});
      return refused();
    } else if constexpr (sizeof...(As) != 1) {
      call_has_wrong_argument_count<parameter<Names, Ts>..., As...>();
      return refused();
    } else if constexpr (!(detail::argument_fits<Ts, As>() && ...)) {
      (argument_does_not_fit<parameter<Names, Ts>, As>(), ...);
      return refused();
    } else {
      return run(std::tuple<decltype(detail::bindable<Ts>(args))...>(detail::bindable<Ts>(args)...));
    }
  }

 private:
  // What a good call returns, for a call refused with a ctql: message: `find("x").all()` then
  // stops at the message alone, not also at "no member all in int". It never runs (the build
  // has already failed).
  decltype(auto) refused() { return run(std::tuple<Ts...>{}); }

  /// Runs it, observed as basic_connection observes a statement (core/run/observe.hpp).
  template <class Bound>
  decltype(auto) run(const Bound& bound) {
    [[maybe_unused]] const detail::one_thread_inside inside(*session_);  // debug builds: one thread at a time
    const bool watched = session_->observer() != nullptr;  // kept, as in basic_connection::operator()
    if (watched) [[unlikely]]
      detail::watch_statement(*session_, sql_ != nullptr ? sql_(q_) : std::string());
    if constexpr (is_query<Q>) {
      try {
        return run_unobserved(bound);  // its result takes the watch
      } catch (...) {
        if (watched) [[unlikely]] detail::statement_failed(*session_);
        throw;
      }
    } else {
      exec_result r;
      try {
        r = run_unobserved(bound);
      } catch (...) {
        if (watched) [[unlikely]] detail::statement_failed(*session_);
        throw;
      }
      // Outside the try, as in basic_connection::operator(): a throwing observer is not a failure.
      if (watched) [[unlikely]] detail::change_done(*session_, r);
      return r;
    }
  }
  template <class Bound>
  decltype(auto) run_unobserved(const Bound& bound) {
    if constexpr (requires { session_->run_prepared(q_, bound); }) {
      if constexpr (reports_no_insert_id<Q>) return without_insert_id(session_->run_prepared(q_, bound));
      else return session_->run_prepared(q_, bound);
    } else if constexpr (!session_runs<Session, Q&, Bound>) {
      session_has_no_run<Session, Q>();
      return exec_result{};
    } else if constexpr (reports_no_insert_id<Q>) {
      return without_insert_id(session_->run(q_, bound));
    } else {
      return session_->run(q_, bound);
    }
  }

  template <fixed_string Name, class... As>
  static const auto& named_value(const As&... args) {
    return std::get<detail::named_arg_index<Name, As...>()>(std::tie(args...)).value;
  }

  template <class... As>
  static constexpr bool named_call_is_complete() {
    constexpr bool known = (detail::names_a_parameter<As, Names...>() && ...);
    constexpr bool each_once = ((detail::named_arg_count<Names, As...>() == 1) && ...);
    constexpr bool all_values = (!is_refused_arg<As> && ...);
    if constexpr (!known || !each_once || !all_values) {
      return false;
    } else {
      return (detail::argument_fits<Ts, decltype(named_value<Names>(std::declval<const As&>()...))>() && ...);
    }
  }
  template <class... As>
  static constexpr void report_named_call() {
    (
        [] {
          if constexpr (!detail::names_a_parameter<As, Names...>())
            call_names_unknown_parameter<As>(type_list<parameter<Names, Ts>...>{});
        }(),
        ...);
    (
        [] {
          constexpr std::size_t n = detail::named_arg_count<Names, As...>();
          if constexpr (n == 0) call_misses_parameter<parameter<Names, Ts>>();
          else if constexpr (n > 1) call_repeats_parameter<parameter<Names, Ts>>();
          // An arg() of a type no column holds has said so; its param<> does not say it again.
          else if constexpr (!is_refused_arg<std::tuple_element_t<detail::named_arg_index<Names, As...>(),
                                                                   std::tuple<As...>>> &&
                             !detail::argument_fits<Ts, decltype(named_value<Names>(std::declval<const As&>()...))>())
            argument_does_not_fit<parameter<Names, Ts>, std::remove_cvref_t<decltype(named_value<Names>(
                                                                std::declval<const As&>()...))>>();
        }(),
        ...);
  }

  detail::kept_session<Session> session_;
  Q q_;
  std::string (*sql_)(const Q&);
};

}  // namespace ctql
