#pragma once
// Reading MySQL result columns back into C++ values, exactly: each column is fetched into a buffer
// fitting its type, and a value that does not fit, a NULL read into a non-optional or a number
// read as text raises ctql::error.
#include <mysql.h>

#include <algorithm>
#include <bit>
#include <charconv>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>

#include "ctql/core/error.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/schema/value_types.hpp"

namespace ctql::mysql_detail {

/// The client library's flag type (my_bool in MariaDB Connector/C, bool in MySQL 8).
using flag = std::remove_pointer_t<decltype(MYSQL_BIND::is_null)>;

/// What a result column holds, from its field type; it decides the buffer it is fetched into.
enum class column_kind : unsigned char {
  null, signed_integer, unsigned_integer, bits, float32, float64, decimal, text, binary, date, datetime, other
};

inline constexpr unsigned binary_charset = 63;

inline column_kind kind_of(const MYSQL_FIELD& f) {
  switch (f.type) {
    case MYSQL_TYPE_NULL: return column_kind::null;
    case MYSQL_TYPE_TINY:
    case MYSQL_TYPE_SHORT:
    case MYSQL_TYPE_INT24:
    case MYSQL_TYPE_LONG:
    case MYSQL_TYPE_LONGLONG:
    case MYSQL_TYPE_YEAR:
      return (f.flags & UNSIGNED_FLAG) != 0 ? column_kind::unsigned_integer : column_kind::signed_integer;
    case MYSQL_TYPE_BIT: return column_kind::bits;
    case MYSQL_TYPE_FLOAT: return column_kind::float32;
    case MYSQL_TYPE_DOUBLE: return column_kind::float64;
    case MYSQL_TYPE_DECIMAL:
    case MYSQL_TYPE_NEWDECIMAL: return column_kind::decimal;
    case MYSQL_TYPE_VARCHAR:
    case MYSQL_TYPE_VAR_STRING:
    case MYSQL_TYPE_STRING:
    case MYSQL_TYPE_TINY_BLOB:
    case MYSQL_TYPE_BLOB:
    case MYSQL_TYPE_MEDIUM_BLOB:
    case MYSQL_TYPE_LONG_BLOB:
    case MYSQL_TYPE_ENUM:
    case MYSQL_TYPE_SET:
    case MYSQL_TYPE_JSON:
      return f.charsetnr == binary_charset ? column_kind::binary : column_kind::text;
    case MYSQL_TYPE_DATE:
    case MYSQL_TYPE_NEWDATE: return column_kind::date;
    case MYSQL_TYPE_DATETIME:
    case MYSQL_TYPE_TIMESTAMP: return column_kind::datetime;
    default: return column_kind::other;
  }
}

/// The SQL type name of a field, for messages.
inline const char* type_name(enum_field_types type, bool binary) {
  switch (type) {
    case MYSQL_TYPE_NULL: return "NULL";
    case MYSQL_TYPE_TINY: return "TINYINT";
    case MYSQL_TYPE_SHORT: return "SMALLINT";
    case MYSQL_TYPE_INT24: return "MEDIUMINT";
    case MYSQL_TYPE_LONG: return "INT";
    case MYSQL_TYPE_LONGLONG: return "BIGINT";
    case MYSQL_TYPE_YEAR: return "YEAR";
    case MYSQL_TYPE_BIT: return "BIT";
    case MYSQL_TYPE_FLOAT: return "FLOAT";
    case MYSQL_TYPE_DOUBLE: return "DOUBLE";
    case MYSQL_TYPE_DECIMAL:
    case MYSQL_TYPE_NEWDECIMAL: return "DECIMAL";
    case MYSQL_TYPE_VARCHAR:
    case MYSQL_TYPE_VAR_STRING: return binary ? "VARBINARY" : "VARCHAR";
    case MYSQL_TYPE_STRING: return binary ? "BINARY" : "CHAR";
    case MYSQL_TYPE_TINY_BLOB:
    case MYSQL_TYPE_BLOB:
    case MYSQL_TYPE_MEDIUM_BLOB:
    case MYSQL_TYPE_LONG_BLOB: return binary ? "BLOB" : "TEXT";
    case MYSQL_TYPE_ENUM: return "ENUM";
    case MYSQL_TYPE_SET: return "SET";
    case MYSQL_TYPE_JSON: return "JSON";
    case MYSQL_TYPE_DATE:
    case MYSQL_TYPE_NEWDATE: return "DATE";
    case MYSQL_TYPE_DATETIME: return "DATETIME";
    case MYSQL_TYPE_TIMESTAMP: return "TIMESTAMP";
    case MYSQL_TYPE_TIME: return "TIME";
    case MYSQL_TYPE_GEOMETRY: return "GEOMETRY";
    default: return "a value of a type ctql does not read";
  }
}

/// One result column: the buffer its MYSQL_BIND fetches into, chosen by the column's type.
struct column_buffer {
  long long integer = 0;
  double float64 = 0;
  float float32 = 0;
  MYSQL_TIME time{};
  std::string bytes;  // decimal, text, blob, bit: the first bytes.size() bytes of the value
  unsigned long length = 0;
  flag is_null = 0;
  flag error = 0;
  column_kind kind = column_kind::other;
  enum_field_types type = MYSQL_TYPE_NULL;
  bool binary = false;
  unsigned long wanted = 0;  // a larger buffer for the next row, after a value that did not fit
};

/// A buffer for values up to this long stays for later rows; longer ones are fetched apart.
inline constexpr unsigned long max_kept_buffer = 64 * 1024;

/// Points `b` at a buffer for field `f`, fitting what the field holds: integers as 64 bits with
/// the field's signedness, floats and doubles as themselves, dates as MYSQL_TIME, the rest as bytes.
inline void bind_column(MYSQL_BIND& b, column_buffer& c, const MYSQL_FIELD& f) {
  c.kind = kind_of(f);
  c.type = f.type;
  c.binary = f.charsetnr == binary_charset;
  c.wanted = 0;
  b = MYSQL_BIND{};
  b.is_null = &c.is_null;
  b.error = &c.error;
  b.length = &c.length;
  switch (c.kind) {
    case column_kind::null:
    case column_kind::signed_integer:
    case column_kind::unsigned_integer:
      b.buffer_type = MYSQL_TYPE_LONGLONG;
      b.buffer = &c.integer;
      b.is_unsigned = c.kind == column_kind::unsigned_integer;
      break;
    case column_kind::float32:
      b.buffer_type = MYSQL_TYPE_FLOAT;
      b.buffer = &c.float32;
      break;
    case column_kind::float64:
      b.buffer_type = MYSQL_TYPE_DOUBLE;
      b.buffer = &c.float64;
      break;
    case column_kind::date:
      b.buffer_type = MYSQL_TYPE_DATE;
      b.buffer = &c.time;
      break;
    case column_kind::datetime:
      b.buffer_type = MYSQL_TYPE_DATETIME;
      b.buffer = &c.time;
      break;
    default:
      c.bytes.resize(std::clamp<unsigned long>(f.length, 16, 256));
      b.buffer_type = c.kind == column_kind::binary || c.kind == column_kind::bits ? MYSQL_TYPE_BLOB : MYSQL_TYPE_STRING;
      b.buffer = c.bytes.data();
      b.buffer_length = static_cast<unsigned long>(c.bytes.size());
      break;
  }
}

/// What reading a row needs besides its buffers: the statement (long values are fetched from
/// it), the binds, and the SQL for messages.
struct row_source {
  MYSQL_STMT* stmt;
  MYSQL_BIND* binds;
  std::string_view sql;
};

// The error paths of reading, out of line so the hot path stays a few instructions.
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_conversion(std::string_view what, std::string_view sql,
                                                                     unsigned column) {
  throw error("result column " + std::to_string(column) + ": " + std::string(what), std::string(sql));
}
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_null(const row_source& src, unsigned column) {
  throw_conversion("is NULL but the result type is not std::optional; make it std::optional<T>", src.sql, column);
}
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_kind(const row_source& src, unsigned column,
                                                               const column_buffer& c, const char* wanted) {
  throw_conversion(std::string("holds ") + type_name(c.type, c.binary) + ", which cannot be read exactly as " + wanted,
                   src.sql, column);
}
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_out_of_range(const row_source& src, unsigned column,
                                                                       std::string_view value) {
  throw_conversion("holds " + std::string(value) + ", out of range of the result's integer type", src.sql, column);
}
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_out_of_range(const row_source& src, unsigned column,
                                                                       const column_buffer& c) {
  throw_out_of_range(src, column,
                     c.kind == column_kind::signed_integer ? std::to_string(c.integer)
                                                           : std::to_string(static_cast<unsigned long long>(c.integer)));
}
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_not_bool(const row_source& src, unsigned column,
                                                                   unsigned long long v, bool negative) {
  throw_conversion("holds " + std::string(negative ? "-" : "") + std::to_string(v) + ", not a bool (0 or 1)", src.sql,
                   column);
}
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_fraction(const row_source& src, unsigned column,
                                                                   std::string_view text) {
  throw_conversion("holds the DECIMAL " + std::string(text) + ", which has a fraction; read it as double", src.sql,
                   column);
}
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_not_decimal(const row_source& src, unsigned column,
                                                                      std::string_view text) {
  throw_conversion("holds '" + std::string(text) + "', not a decimal number", src.sql, column);
}
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_inexact_double(const row_source& src, unsigned column,
                                                                         std::string_view value) {
  throw_conversion("holds the integer " + std::string(value) + ", which a double cannot hold exactly", src.sql, column);
}
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_inexact_float(const row_source& src, unsigned column) {
  throw_conversion("holds a value a float cannot hold exactly; read it as double", src.sql, column);
}
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_bad_time(const row_source& src, unsigned column,
                                                                   const MYSQL_TIME& t) {
  throw_conversion("holds " + std::to_string(t.year) + "-" + std::to_string(t.month) + "-" + std::to_string(t.day) +
                       " " + std::to_string(t.hour) + ":" + std::to_string(t.minute) + ":" + std::to_string(t.second) +
                       ", not a valid date or time (a zero date?)",
                   src.sql, column);
}
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_fetch_column(const row_source& src, unsigned column) {
  throw error("result column " + std::to_string(column) + ": cannot fetch the rest of a long value", std::string(src.sql),
              mysql_stmt_error(src.stmt), static_cast<int>(mysql_stmt_errno(src.stmt)), mysql_stmt_sqlstate(src.stmt));
}

/// The whole value of a variable-length column into `out` (a std::string or a blob): the part in
/// the buffer, then the rest with mysql_stmt_fetch_column. Nothing is ever cut off.
template <class Out>
Out read_bytes(column_buffer& c, const row_source& src, unsigned column) {
  const auto* first = reinterpret_cast<const typename Out::value_type*>(c.bytes.data());
  const unsigned long have = src.binds[column].buffer_length;
  if (c.length <= have) [[likely]]
    return Out(first, first + c.length);
  Out out(c.length, typename Out::value_type{});
  std::memcpy(out.data(), c.bytes.data(), have);
  MYSQL_BIND rest{};
  unsigned long length = 0;
  flag is_null = 0;
  flag truncated = 0;
  rest.buffer_type = src.binds[column].buffer_type;
  rest.buffer = reinterpret_cast<char*>(out.data()) + have;
  rest.buffer_length = c.length - have;
  rest.length = &length;
  rest.is_null = &is_null;
  rest.error = &truncated;
  if (mysql_stmt_fetch_column(src.stmt, &rest, column, have) != 0) throw_fetch_column(src, column);
  // Later rows of this column get a buffer that fits (up to a bound).
  c.wanted = std::min(std::bit_ceil(c.length), max_kept_buffer);
  return out;
}

/// A short text (decimal digits, bits) as a view; `scratch` holds it when it was long.
inline std::string_view read_short_text(column_buffer& c, const row_source& src, unsigned column, std::string& scratch) {
  if (c.length <= src.binds[column].buffer_length) [[likely]]
    return {c.bytes.data(), c.length};
  scratch = read_bytes<std::string>(c, src, column);
  return scratch;
}

/// A DECIMAL's text read exactly as an integer: no fraction, in range.
template <class T>
T decimal_to_integer(std::string_view text, const row_source& src, unsigned column) {
  std::string_view s = text;
  const bool negative = !s.empty() && s.front() == '-';
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
  const std::size_t point = s.find('.');
  const std::string_view whole = s.substr(0, point);
  const std::string_view fraction = point == std::string_view::npos ? std::string_view{} : s.substr(point + 1);
  if (whole.empty() || whole.find_first_not_of("0123456789") != std::string_view::npos ||
      fraction.find_first_not_of("0123456789") != std::string_view::npos)
    throw_not_decimal(src, column, text);
  if (fraction.find_first_not_of('0') != std::string_view::npos) throw_fraction(src, column, text);
  unsigned long long magnitude = 0;
  for (char d : whole) {
    const auto digit = static_cast<unsigned long long>(d - '0');
    if (magnitude > (ULLONG_MAX - digit) / 10) throw_out_of_range(src, column, text);
    magnitude = magnitude * 10 + digit;
  }
  if (negative && magnitude != 0) {
    constexpr unsigned long long limit = static_cast<unsigned long long>(LLONG_MAX) + 1;
    if (magnitude > limit) throw_out_of_range(src, column, text);
    const long long v = magnitude == limit ? LLONG_MIN : -static_cast<long long>(magnitude);
    if (!std::in_range<T>(v)) throw_out_of_range(src, column, text);
    return static_cast<T>(v);
  }
  if (!std::in_range<T>(magnitude)) throw_out_of_range(src, column, text);
  return static_cast<T>(magnitude);
}

/// The value of a BIT column (big-endian bytes).
inline unsigned long long bits_value(column_buffer& c, const row_source& src, unsigned column) {
  std::string scratch;
  const std::string_view bytes = read_short_text(c, src, column, scratch);
  if (bytes.size() > 8) throw_kind(src, column, c, "an integer");
  unsigned long long v = 0;
  for (char byte : bytes) v = (v << 8) | static_cast<unsigned char>(byte);
  return v;
}

/// An integer column's value as unsigned bits and sign, for bool and the floating types.
struct integer_value {
  unsigned long long magnitude;
  bool negative;
};
inline integer_value integer_of(column_buffer& c, const row_source& src, unsigned column) {
  if (c.kind == column_kind::signed_integer && c.integer < 0)
    return {0ull - static_cast<unsigned long long>(c.integer), true};
  if (c.kind == column_kind::bits) return {bits_value(c, src, column), false};
  return {static_cast<unsigned long long>(c.integer), false};
}

/// Reads column `column` of the fetched row as T.
template <class T>
T read_value(column_buffer& c, const row_source& src, unsigned column) {
  if constexpr (is_optional_v<T>) {
    if (c.is_null) return std::nullopt;
    return read_value<typename T::value_type>(c, src, column);
  } else {
    if (c.is_null) throw_null(src, column);
    if constexpr (std::is_same_v<T, bool>) {
      if (c.kind != column_kind::signed_integer && c.kind != column_kind::unsigned_integer && c.kind != column_kind::bits)
        throw_kind(src, column, c, "bool");
      const integer_value v = integer_of(c, src, column);
      if (v.negative || v.magnitude > 1) throw_not_bool(src, column, v.magnitude, v.negative);
      return v.magnitude == 1;
    } else if constexpr (std::is_integral_v<T>) {
      switch (c.kind) {
        case column_kind::signed_integer:
          if (!std::in_range<T>(c.integer)) throw_out_of_range(src, column, c);
          return static_cast<T>(c.integer);
        case column_kind::unsigned_integer: {
          const auto u = static_cast<unsigned long long>(c.integer);
          if (!std::in_range<T>(u)) throw_out_of_range(src, column, c);
          return static_cast<T>(u);
        }
        case column_kind::bits: {
          const unsigned long long u = bits_value(c, src, column);
          if (!std::in_range<T>(u)) throw_out_of_range(src, column, std::to_string(u));
          return static_cast<T>(u);
        }
        case column_kind::decimal: {
          std::string scratch;
          return decimal_to_integer<T>(read_short_text(c, src, column, scratch), src, column);
        }
        default: throw_kind(src, column, c, "an integer");
      }
    } else if constexpr (std::is_floating_point_v<T>) {
      double d = 0;
      switch (c.kind) {
        case column_kind::float64: d = c.float64; break;
        case column_kind::float32: d = static_cast<double>(c.float32); break;
        case column_kind::signed_integer:
        case column_kind::unsigned_integer:
        case column_kind::bits: {
          const integer_value v = integer_of(c, src, column);
          constexpr unsigned long long exact = 1ull << 53;  // every integer up to 2^53 is a double
          if (v.magnitude > exact)
            throw_inexact_double(src, column, (v.negative ? "-" : "") + std::to_string(v.magnitude));
          d = static_cast<double>(v.magnitude);
          if (v.negative) d = -d;
          break;
        }
        case column_kind::decimal: {
          std::string scratch;
          const std::string_view text = read_short_text(c, src, column, scratch);
          const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), d);
          if (ec != std::errc{} || end != text.data() + text.size()) throw_not_decimal(src, column, text);
          break;
        }
        default: throw_kind(src, column, c, "a floating-point number");
      }
      if constexpr (std::is_same_v<T, float>) {
        if (static_cast<double>(static_cast<float>(d)) != d && !std::isnan(d)) throw_inexact_float(src, column);
      }
      return static_cast<T>(d);
    } else if constexpr (std::is_same_v<T, std::string>) {
      if (c.kind != column_kind::text) throw_kind(src, column, c, "a string");
      return read_bytes<std::string>(c, src, column);
    } else if constexpr (std::is_same_v<T, blob>) {
      if (c.kind != column_kind::binary) throw_kind(src, column, c, "a blob");
      return read_bytes<blob>(c, src, column);
    } else if constexpr (std::is_same_v<T, date> || std::is_same_v<T, timestamp>) {
      constexpr bool is_date = std::is_same_v<T, date>;
      if (c.kind != (is_date ? column_kind::date : column_kind::datetime))
        throw_kind(src, column, c, is_date ? "a date" : "a timestamp");
      const MYSQL_TIME& t = c.time;
      const std::chrono::year_month_day ymd{std::chrono::year{static_cast<int>(t.year)},
                                            std::chrono::month{t.month}, std::chrono::day{t.day}};
      if (!ymd.ok() || t.hour > 23 || t.minute > 59 || t.second > 59 || t.second_part > 999'999)
        throw_bad_time(src, column, t);
      if constexpr (is_date) {
        return date{ymd};
      } else {
        using namespace std::chrono;
        return timestamp{sys_days{ymd}} + hours{t.hour} + minutes{t.minute} + seconds{t.second} +
               microseconds{t.second_part};
      }
    } else {
      static_assert(always_false<T>, "ctql: this type cannot be read from a MySQL column");
    }
  }
}

}  // namespace ctql::mysql_detail
