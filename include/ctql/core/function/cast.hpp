#pragma once
// `cast<double>(users.age)`: CAST(x AS <the dialect's type for T>), typed T (optional if x is).
// The targets are the ones every dialect can spell and ctql can read back exactly: a signed
// integer, double, std::string and ctql::date.
#include <string>
#include <type_traits>
#include <utility>

#include "ctql/core/function/function_call.hpp"
#include "ctql/core/meta/type_list.hpp"

namespace ctql {

template <class Target>
constexpr void cast_to_unsupported_type() {
  static_assert(always_false<Target>,
                "ctql: cast<T>() takes T = a signed integer type (std::int64_t, int, ...), double, "
                "std::string or ctql::date; a timestamp, float, bool, unsigned or blob target is not supported");
}

template <class Target, class Operand>
constexpr void cast_cannot_convert() {
  static_assert(always_false<Target, Operand>,
                "ctql: cast<T>() cannot convert this operand: numbers and strings cast to numbers, "
                "anything but a blob, a ctql::uuid or a ctql::decimal to std::string, strings, dates and "
                "timestamps to ctql::date");
}

namespace detail {
/// The category cast<T> makes, or unknown where T is not a target.
template <class T>
constexpr category cast_target() {
  if constexpr (std::is_same_v<T, double> || std::is_same_v<T, std::string> || std::is_same_v<T, date>)
    return category_of<T>();
  else if constexpr (category_of<T>() == category::integral && std::is_signed_v<T>) return category::integral;
  else return category::unknown;
}

constexpr bool cast_converts(category to, category from) {
  switch (to) {
    case category::integral:
    case category::floating:
      return from == category::integral || from == category::floating || from == category::text ||
             from == category::boolean;
    // A uuid is 16 bytes on SQLite and a decimal its units: their text would differ per database.
    case category::text:
      return from != category::blob && from != category::unknown && from != category::uuid &&
             from != category::decimal;
    case category::date: return from == category::text || from == category::date || from == category::timestamp;
    default: return false;
  }
}
}  // namespace detail

namespace function {
template <class T>
struct cast : scalar_function {
  template <class Operand>
  using result = null_if_any_t<T, Operand>;
  template <class Operand, class Ctx>
  static constexpr void render(Ctx& ctx) {
    using D = typename Ctx::dialect;
    if constexpr (std::is_same_v<T, date> && !D::date_cast_function.empty()) {
      // SQLite keeps dates as text: DATE(x) is the day of a date's or a timestamp's text.
      ctx.text(D::date_cast_function);
      ctx.text("(");
      Operand::render(ctx);
      ctx.text(")");
    } else {
      ctx.text("CAST(");
      Operand::render(ctx);
      ctx.text(" AS ");
      if constexpr (std::is_same_v<T, date>) ctx.text(D::date_type);
      else if constexpr (std::is_same_v<T, double>) ctx.text(D::floating_type(8));
      else if constexpr (std::is_same_v<T, std::string>) ctx.text(D::cast_text_type);
      else ctx.text(D::cast_integer_type);
      ctx.text(")");
    }
  }
};
}  // namespace function

/// `cast<double>(users.age)`, `cast<std::string>(users.id)`, `cast<ctql::date>(posts.created)`:
/// T, optional if the operand is. What a string that is not a number casts to is the
/// database's rule (SQLite and MariaDB: 0; PostgreSQL: an error).
template <class T, class V>
constexpr auto cast(V&& v) {
  using operand = node_t<V>;
  if constexpr (detail::cast_target<T>() == category::unknown) {
    cast_to_unsupported_type<T>();
    return invalid_expression{};
  } else if constexpr (!detail::cast_converts(detail::cast_target<T>(), argument_category<operand>())) {
    cast_cannot_convert<T, typename operand::value_type>();
    return invalid_expression{};
  } else {
    return make_call<function::cast<T>>(as_node(std::forward<V>(v)));
  }
}

}  // namespace ctql
