#pragma once
// Reading MySQL result columns back into C++ values, exactly: each column is fetched into a buffer
// fitting its type, and a value that does not fit, a NULL read into a non-optional or a number
// read as text raises ctql::error.
#include <mysql.h>

#include <charconv>
#include <climits>
#include <cmath>
#include <cstddef>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>

#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/meta/lean_std.hpp"
#include "ctql/core/schema/civil_date.hpp"
#include "ctql/core/schema/sql_forms.hpp"
#include "ctql/core/schema/value_types.hpp"

namespace ctql::mysql_detail {

/// The client library's flag type (my_bool in MariaDB Connector/C, bool in MySQL 8).
using flag = std::remove_pointer_t<decltype(MYSQL_BIND::is_null)>;

/// What a result column holds, from its field type; it decides the buffer it is fetched into.
enum class column_kind : unsigned char {
  null, signed_integer, unsigned_integer, bits, float32, float64, decimal, text, binary, date, datetime, other
};

inline constexpr unsigned binary_charset = 63;

/// What field `f` holds.
column_kind kind_of(const MYSQL_FIELD& f);

/// The SQL type name of a field, for messages.
const char* type_name(enum_field_types type, bool binary);

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
/// (Once per column of a result, compiled once: compiled_part.hpp.)
void bind_column(MYSQL_BIND& b, column_buffer& c, const MYSQL_FIELD& f);

/// What reading a row needs besides its buffers: the statement (long values are fetched from
/// it), the binds, and the SQL for messages.
struct row_source {
  MYSQL_STMT* stmt;
  MYSQL_BIND* binds;
  std::string_view sql;
};

// The error paths of reading, out of line (compiled_part.hpp) so the hot path stays a few instructions.
[[noreturn, gnu::cold]] void throw_conversion(std::string_view what, std::string_view sql, unsigned column);
[[noreturn, gnu::cold]] void throw_null(const row_source& src, unsigned column);
[[noreturn, gnu::cold]] void throw_kind(const row_source& src, unsigned column, const column_buffer& c,
                                        const char* wanted);
[[noreturn, gnu::cold]] void throw_out_of_range(const row_source& src, unsigned column, std::string_view value);
[[noreturn, gnu::cold]] void throw_out_of_range(const row_source& src, unsigned column, const column_buffer& c);
[[noreturn, gnu::cold]] void throw_not_bool(const row_source& src, unsigned column, unsigned long long v,
                                            bool negative);
[[noreturn, gnu::cold]] void throw_fraction(const row_source& src, unsigned column, std::string_view text);
[[noreturn, gnu::cold]] void throw_not_decimal(const row_source& src, unsigned column, std::string_view text);
[[noreturn, gnu::cold]] void throw_inexact_double(const row_source& src, unsigned column, std::string_view value);
[[noreturn, gnu::cold]] void throw_inexact_float(const row_source& src, unsigned column);
[[noreturn, gnu::cold]] void throw_bad_time(const row_source& src, unsigned column, const MYSQL_TIME& t);
[[noreturn, gnu::cold]] void throw_fetch_column(const row_source& src, unsigned column);

/// The rest of a value longer than its buffer: `out` holds c.length bytes, of which the buffer's
/// are copied and the rest fetched with mysql_stmt_fetch_column (compiled_part.hpp: long values
/// are rare).
void fetch_rest(column_buffer& c, const row_source& src, unsigned column, void* out);

/// The whole value of a variable-length column into `out` (a std::string or a blob): the part in
/// the buffer, then the rest with mysql_stmt_fetch_column. Nothing is ever cut off.
template <class Out>
Out read_bytes(column_buffer& c, const row_source& src, unsigned column) {
  const auto* first = reinterpret_cast<const typename Out::value_type*>(c.bytes.data());
  if (c.length <= c.bytes.size()) [[likely]]
    return Out(first, first + c.length);
  Out out(c.length, typename Out::value_type{});
  fetch_rest(c, src, column, out.data());
  return out;
}

/// A short text (decimal digits, bits) as a view; `scratch` holds it when it was long.
inline std::string_view read_short_text(column_buffer& c, const row_source& src, unsigned column, std::string& scratch) {
  if (c.length <= c.bytes.size()) [[likely]]
    return {c.bytes.data(), c.length};
  scratch = read_bytes<std::string>(c, src, column);
  return scratch;
}

/// A whole number as unsigned bits and sign: an integer column's value (for bool and the floating
/// types), or a DECIMAL's.
struct integer_value {
  unsigned long long magnitude;
  bool negative;
};

/// A DECIMAL's text as a whole number: no fraction, and within [LLONG_MIN, ULLONG_MAX]
/// (compiled_part.hpp: the same for every integer type).
integer_value decimal_integer(std::string_view text, const row_source& src, unsigned column);

/// A DECIMAL's text read exactly as an integer: no fraction, in range.
template <class T>
T decimal_to_integer(std::string_view text, const row_source& src, unsigned column) {
  const integer_value v = decimal_integer(text, src, column);
  if (v.negative && v.magnitude != 0) {
    constexpr unsigned long long limit = static_cast<unsigned long long>(LLONG_MAX) + 1;
    const long long n = v.magnitude == limit ? LLONG_MIN : -static_cast<long long>(v.magnitude);
    if (!std::in_range<T>(n)) throw_out_of_range(src, column, text);
    return static_cast<T>(n);
  }
  if (!std::in_range<T>(v.magnitude)) throw_out_of_range(src, column, text);
  return static_cast<T>(v.magnitude);
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
    if constexpr (custom_value<T>) {
      return from_stored_value<T>(read_value<stored_type_t<T>>(c, src, column), [&](std::string_view what) {
        throw_conversion("cannot be read back: " + std::string(what), src.sql, column);
      });
    } else if constexpr (std::is_same_v<T, bool>) {
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
      const civil_date ymd{static_cast<int>(t.year), t.month, t.day};
      if (!ymd.ok() || t.hour > 23 || t.minute > 59 || t.second > 59 || t.second_part > 999'999)
        throw_bad_time(src, column, t);
      if constexpr (is_date) {
        return to_date(ymd);
      } else {
        using namespace std::chrono;
        return timestamp{to_date(ymd)} + hours{t.hour} + minutes{t.minute} + seconds{t.second} +
               microseconds{t.second_part};
      }
    } else if constexpr (std::is_same_v<T, time_of_day>) {
      // A TIME column is fetched as its text (bind_column); MySQL's TIME also holds negative
      // durations and up to 838 hours, which are no time of day and are refused.
      if (c.type != MYSQL_TYPE_TIME) throw_kind(src, column, c, "a time of day");
      std::string scratch;
      const std::string_view text = read_short_text(c, src, column, scratch);
      const auto parsed = time_of_day::parse(text);
      if (!parsed) throw_conversion("holds '" + std::string(text) + "', which is not a time of day (00:00:00 to 23:59:59.999999)", src.sql, column);
      return *parsed;
    } else if constexpr (std::is_same_v<T, sql_uuid>) {
      // MariaDB's UUID and MySQL's CHAR(36) give the text.
      if (c.kind != column_kind::text) throw_kind(src, column, c, "a UUID");
      std::string scratch;
      const std::string_view text = read_short_text(c, src, column, scratch);
      const auto parsed = T::parse(text);
      if (!parsed) throw_conversion("holds '" + std::string(text) + "', which is not a UUID", src.sql, column);
      return *parsed;
    } else if constexpr (is_sql_numeric<T>) {
      if (c.kind != column_kind::decimal) throw_kind(src, column, c, "a decimal");
      std::string scratch;
      const std::string_view text = read_short_text(c, src, column, scratch);
      const auto units = detail::parse_decimal_units<T::precision, T::scale>(text);
      if (!units)
        throw_conversion("holds " + std::string(text) + ", which is not a decimal(" + std::to_string(T::precision) +
                             ", " + std::to_string(T::scale) + ") (too many digits, or decimals that would be rounded)",
                         src.sql, column);
      return T{*units};
    } else if constexpr (std::is_same_v<T, sql_json>) {
      if (c.kind != column_kind::text) throw_kind(src, column, c, "JSON text");
      return T{read_bytes<std::string>(c, src, column)};
    } else {
      static_assert(always_false<T>, "ctql: this type cannot be read from a MySQL column");
    }
  }
}

}  // namespace ctql::mysql_detail
