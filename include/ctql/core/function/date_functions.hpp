#pragma once
// current_date(), current_timestamp() and extract<"part">(x). ctql's dates and timestamps are UTC,
// so today and now are UTC's on every dialect; SQLite's now is written as ctql stores a timestamp
// ('YYYY-MM-DD HH:MM:SS.ffffff' text), so that it compares with stored ones.
#include <cstdint>
#include <string_view>
#include <type_traits>
#include <utility>

#include "ctql/core/function/function_call.hpp"
#include "ctql/core/meta/fixed_string.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/render/dialect.hpp"

namespace ctql {

/// The part extract<> was given, for the [with ...] line of its messages.
template <fixed_string Part>
struct extract_part {};

template <class Operand>
constexpr void extract_needs_date_or_timestamp() {
  static_assert(always_false<Operand>,
                "ctql: extract<part>() reads a part of a ctql::date or ctql::timestamp column or value");
}

template <class Part>
constexpr void extract_of_unknown_part() {
  static_assert(always_false<Part>,
                "ctql: extract<part>() takes part year, month, day, hour, minute or second");
}

template <class Part>
constexpr void extract_time_of_date() {
  static_assert(always_false<Part>,
                "ctql: a ctql::date has no hour, minute or second; extract them from a ctql::timestamp");
}

namespace function {
struct current_date : scalar_function {
  template <class...>
  using result = date;
  template <class...>
  static constexpr bool never_null = true;
  template <class... None, class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text(Ctx::dialect::current_date_sql);
  }
};
struct current_timestamp : scalar_function {
  template <class...>
  using result = timestamp;
  template <class...>
  static constexpr bool never_null = true;
  template <class... None, class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.text(Ctx::dialect::current_timestamp_sql);
  }
};

/// One part: its SQL keyword and its strftime format.
struct date_part {
  std::string_view keyword;
  std::string_view strftime;
};
inline constexpr date_part date_parts[] = {{"YEAR", "'%Y'"}, {"MONTH", "'%m'"},  {"DAY", "'%d'"},
                                           {"HOUR", "'%H'"}, {"MINUTE", "'%M'"}, {"SECOND", "'%S'"}};

/// The index of a part in date_parts, or -1.
constexpr int date_part_index(std::string_view part) {
  constexpr std::string_view names[] = {"year", "month", "day", "hour", "minute", "second"};
  for (int i = 0; i < 6; ++i)
    if (names[i] == part) return i;
  return -1;
}

/// An integer on every dialect; a second is a whole second (a fraction is dropped, as MySQL's
/// EXTRACT and SQLite's %S do; PostgreSQL's EXTRACT has the fraction, so it is FLOORed).
template <int Part>
struct extract : scalar_function {
  template <class Operand>
  using result = null_if_any_t<std::int64_t, Operand>;
  template <class Operand, class Ctx>
  static constexpr void render(Ctx& ctx) {
    constexpr date_part part = date_parts[Part];
    if constexpr (Ctx::dialect::extract == extract_style::strftime) {
      ctx.text("CAST(strftime(");
      ctx.text(part.strftime);
      ctx.text(", ");
      Operand::render(ctx);
      ctx.text(") AS INTEGER)");
    } else {
      constexpr bool numeric = Ctx::dialect::extract == extract_style::extract_numeric;
      constexpr bool second = Part == 5;
      if constexpr (numeric) ctx.text(second ? "CAST(FLOOR(EXTRACT(" : "CAST(EXTRACT(");
      else ctx.text("EXTRACT(");
      ctx.text(part.keyword);
      ctx.text(" FROM ");
      Operand::render(ctx);
      ctx.text(")");
      if constexpr (numeric) ctx.text(second ? ") AS BIGINT)" : " AS BIGINT)");
    }
  }
};
}  // namespace function

/// `current_date()`: today (UTC), a ctql::date.
template <int = 0>
constexpr auto current_date() {
  return make_call<function::current_date>();
}
/// `current_timestamp()`: now (UTC), a ctql::timestamp. SQLite's has milliseconds.
template <int = 0>
constexpr auto current_timestamp() {
  return make_call<function::current_timestamp>();
}

/// `extract<"year">(posts.created)`: std::int64_t (optional if the operand is); parts "year",
/// "month", "day" of a date or timestamp, "hour", "minute", "second" of a timestamp.
template <fixed_string Part, class V>
constexpr auto extract(V&& v) {
  using operand = node_t<V>;
  constexpr category c = argument_category<operand>();
  constexpr int part = function::date_part_index(Part.view());
  if constexpr (part < 0) {
    extract_of_unknown_part<extract_part<Part>>();
    return invalid_expression{};
  } else if constexpr (c != category::date && c != category::timestamp) {
    extract_needs_date_or_timestamp<typename operand::value_type>();
    return invalid_expression{};
  } else if constexpr (c == category::date && part >= 3) {
    extract_time_of_date<extract_part<Part>>();
    return invalid_expression{};
  } else {
    return make_call<function::extract<part>>(as_node(std::forward<V>(v)));
  }
}

}  // namespace ctql
