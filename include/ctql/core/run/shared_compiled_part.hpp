#pragma once
// What ctql_run compiles once for every connector: the statement-independent code of core/run that
// more than one connector uses. Its declarations are in the headers it names; a connector's own
// compiled part is <ctql/<connector>/compiled_part.hpp>. With CTQL_HEADER_ONLY each connector's
// header includes this one, and its definitions are inline.
//
// Now: ctql::date and ctql::timestamp as text (core/run/chrono_text.hpp), which SQLite binds and
// reads and PostgreSQL's COPY writes. Inline in every translation unit, they cost 0.2 s of
// run_sqlite_30's 4.5 s with g++ (docs/benchmarks.md).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "ctql/core/error.hpp"
#include "ctql/core/meta/lean_std.hpp"
#include "ctql/core/run/chrono_text.hpp"
#include "ctql/core/run/compiled_part.hpp"
#include "ctql/core/schema/civil_date.hpp"
#include "ctql/core/schema/value_types.hpp"

namespace ctql {

namespace detail {
CTQL_COMPILED_PART void put_digits(chrono_buffer& b, long long value, int width) {
  for (int i = width - 1; i >= 0; --i) {
    b.chars[b.length + static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  b.length += static_cast<std::size_t>(width);
}
CTQL_COMPILED_PART void put_date(chrono_buffer& b, civil_date ymd) {
  const int year = ymd.year;
  // The text form has four year digits; SQL dates stop at 9999 as well.
  if (year < 0 || year > 9999 || !ymd.ok())
    throw error("the date's year " + std::to_string(year) + " is outside 0000-9999, which SQL dates hold");
  put_digits(b, year, 4);
  b.chars[b.length++] = '-';
  put_digits(b, ymd.month, 2);
  b.chars[b.length++] = '-';
  put_digits(b, ymd.day, 2);
}
CTQL_COMPILED_PART bool take_number(std::string_view& s, std::size_t digits, long long& out) {
  if (s.size() < digits) return false;
  long long v = 0;
  for (std::size_t i = 0; i < digits; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  out = v;
  s.remove_prefix(digits);
  return true;
}
CTQL_COMPILED_PART bool take_char(std::string_view& s, char c) {
  if (s.empty() || s.front() != c) return false;
  s.remove_prefix(1);
  return true;
}
CTQL_COMPILED_PART std::optional<date> take_date(std::string_view& s) {
  long long y = 0, m = 0, d = 0;
  if (!take_number(s, 4, y) || !take_char(s, '-') || !take_number(s, 2, m) || !take_char(s, '-') ||
      !take_number(s, 2, d))
    return std::nullopt;
  const civil_date ymd{static_cast<int>(y), static_cast<unsigned>(m), static_cast<unsigned>(d)};
  if (!ymd.ok()) return std::nullopt;
  return to_date(ymd);
}
}  // namespace detail

/// 'YYYY-MM-DD'
CTQL_COMPILED_PART chrono_buffer to_text(date d) {
  chrono_buffer b;
  detail::put_date(b, to_civil(d));
  return b;
}

/// 'YYYY-MM-DD HH:MM:SS.ffffff'
CTQL_COMPILED_PART chrono_buffer to_text(timestamp t) {
  chrono_buffer b;
  const auto day = std::chrono::floor<std::chrono::days>(t);
  detail::put_date(b, to_civil(day));
  long long micros = (t - day).count();
  b.chars[b.length++] = ' ';
  detail::put_digits(b, micros / 3'600'000'000, 2);
  b.chars[b.length++] = ':';
  detail::put_digits(b, micros / 60'000'000 % 60, 2);
  b.chars[b.length++] = ':';
  detail::put_digits(b, micros / 1'000'000 % 60, 2);
  b.chars[b.length++] = '.';
  detail::put_digits(b, micros % 1'000'000, 6);
  return b;
}

/// Reads 'YYYY-MM-DD'; nullopt for anything else.
CTQL_COMPILED_PART std::optional<date> parse_date(std::string_view s) {
  auto d = detail::take_date(s);
  if (!d || !s.empty()) return std::nullopt;
  return d;
}

/// Reads 'YYYY-MM-DD HH:MM:SS' with an optional fraction of up to 6 digits (or 'T' for the
/// space); nullopt for anything else, including a fraction finer than a microsecond.
CTQL_COMPILED_PART std::optional<timestamp> parse_timestamp(std::string_view s) {
  auto d = detail::take_date(s);
  long long h = 0, mi = 0, se = 0;
  if (!d || s.empty() || (s.front() != ' ' && s.front() != 'T')) return std::nullopt;
  s.remove_prefix(1);
  if (!detail::take_number(s, 2, h) || !detail::take_char(s, ':') || !detail::take_number(s, 2, mi) ||
      !detail::take_char(s, ':') || !detail::take_number(s, 2, se) || h > 23 || mi > 59 || se > 59)
    return std::nullopt;
  long long micros = 0;
  if (detail::take_char(s, '.')) {
    std::size_t digits = 0;
    while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
    if (digits == 0 || digits > 6) return std::nullopt;
    detail::take_number(s, digits, micros);
    for (std::size_t i = digits; i < 6; ++i) micros *= 10;
  }
  if (!s.empty()) return std::nullopt;
  return timestamp{*d} + std::chrono::microseconds{((h * 60 + mi) * 60 + se) * 1'000'000 + micros};
}

}  // namespace ctql
