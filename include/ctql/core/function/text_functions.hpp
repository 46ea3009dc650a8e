#pragma once
// lower, upper, trim, length, substr, replace: functions of a string, NULL when an argument is.
// length() counts characters, not bytes (CHAR_LENGTH on MySQL).
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "ctql/core/function/function_call.hpp"
#include "ctql/core/meta/type_list.hpp"

namespace ctql {

template <class Function, class Operand>
constexpr void text_function_needs_text() {
  static_assert(always_false<Function, Operand>,
                "ctql: lower(), upper(), trim(), length(), substr() and replace() take strings (a text "
                "column or value); to use a number or a date as text, cast<std::string>() it first");
}

template <class Start, class Count>
constexpr void substr_needs_integers() {
  static_assert(always_false<Start, Count>,
                "ctql: substr(text, start, count) takes an integer start (1 is the first character) and "
                "an integer count");
}

namespace function {
struct text_result : scalar_function {
  template <class... Args>
  using result = null_if_any_t<std::string, Args...>;
};
struct lower : text_result {
  static constexpr std::string_view sql = "LOWER";
};
struct upper : text_result {
  static constexpr std::string_view sql = "UPPER";
};
/// Spaces only, at both ends, on every dialect.
struct trim : text_result {
  static constexpr std::string_view sql = "TRIM";
};
struct replace : text_result {
  static constexpr std::string_view sql = "REPLACE";
};
struct length : scalar_function {
  template <class Operand>
  using result = null_if_any_t<std::int64_t, Operand>;
  template <class Operand, class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text(Ctx::dialect::char_length_function);
    ctx.text("(");
    Operand::render(ctx);
    ctx.text(")");
  }
};
struct substr : text_result {
  template <class Operand, class... Positions, class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text("SUBSTR(");
    Operand::render(ctx);
    ((ctx.text(", "), render_int_argument<Positions>(ctx)), ...);
    ctx.text(")");
  }
};
}  // namespace function

/// Function called on text arguments (an untyped param<> is a string), or the ctql: error.
template <class Function, class... Values>
constexpr auto make_text_call(Values&&... values) {
  constexpr bool all_text =
      (true && ... && (argument_category<argument_t<std::string, Values>>() == category::text));
  if constexpr (!all_text) {
    text_function_needs_text<Function, type_list<operand_value_t<Values>...>>();
    return invalid_expression{};
  } else {
    return make_call<Function>(argument_as<std::string>(std::forward<Values>(values))...);
  }
}

/// `lower(users.name)`: std::string (optional if the operand is). SQLite, and PostgreSQL in the C
/// locale, fold only ASCII letters.
template <class T>
constexpr auto lower(T&& text) {
  return make_text_call<function::lower>(std::forward<T>(text));
}
/// `upper(users.name)`: std::string (optional if the operand is).
template <class T>
constexpr auto upper(T&& text) {
  return make_text_call<function::upper>(std::forward<T>(text));
}
/// `trim(users.name)`: without the spaces at both ends.
template <class T>
constexpr auto trim(T&& text) {
  return make_text_call<function::trim>(std::forward<T>(text));
}
/// `length(users.name)`: the number of characters, std::int64_t (optional if the operand is).
template <class T>
constexpr auto length(T&& text) {
  return make_text_call<function::length>(std::forward<T>(text));
}
/// `replace(users.name, "a", "b")`: every "a" replaced by "b"; the strings are bound values.
template <class T, class From, class To>
constexpr auto replace(T&& text, From&& from, To&& to) {
  return make_text_call<function::replace>(std::forward<T>(text), std::forward<From>(from), std::forward<To>(to));
}

/// `substr(users.name, 1, 3)`: `count` characters from position `start` (1 is the first);
/// `substr(users.name, 2)`: from `start` to the end. A start below 1 means different things per
/// dialect (SQLite and MySQL count a negative one from the end); give one from 1.
template <class T, class Start, class... Count>
  requires(sizeof...(Count) <= 1)
constexpr auto substr(T&& text, Start&& start, Count&&... count) {
  using operand = argument_t<std::string, T>;
  if constexpr (argument_category<operand>() != category::text) {
    text_function_needs_text<function::substr, operand_value_t<T>>();
    return invalid_expression{};
  } else if constexpr (argument_category<argument_t<int, Start>>() != category::integral ||
                       (false || ... || (argument_category<argument_t<int, Count>>() != category::integral))) {
    substr_needs_integers<operand_value_t<Start>, type_list<operand_value_t<Count>...>>();
    return invalid_expression{};
  } else {
    return make_call<function::substr>(argument_as<std::string>(std::forward<T>(text)),
                                       argument_as<int>(std::forward<Start>(start)),
                                       argument_as<int>(std::forward<Count>(count))...);
  }
}

}  // namespace ctql
