#pragma once
// Reading PostgreSQL result columns back into C++ values, in binary format: each column's type
// OID is checked against the C++ type it is read into, and the conversion is exact or raises
// ctql::error.
#include <libpq-fe.h>

#include <bit>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>

#include "ctql/core/error.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/meta/lean_std.hpp"
#include "ctql/core/schema/sql_forms.hpp"
#include "ctql/core/schema/value_types.hpp"
#include "ctql/postgres/numeric.hpp"
#include "ctql/postgres/type_oids.hpp"

namespace ctql::postgres_detail {

// The error paths of reading, out of line (compiled_part.hpp) so the hot path stays a few instructions.
[[noreturn, gnu::cold]] void throw_conversion(std::string_view what, std::string_view sql, int column);
[[noreturn, gnu::cold]] void throw_null(std::string_view sql, int column);
[[noreturn, gnu::cold]] void throw_type(std::string_view sql, int column, Oid type, const char* wanted);
[[noreturn, gnu::cold]] void throw_malformed(std::string_view sql, int column, Oid type);
[[noreturn, gnu::cold]] void throw_out_of_range(std::string_view sql, int column, const std::string& v);
[[noreturn, gnu::cold]] void throw_fractional(std::string_view sql, int column, const std::string& v);
[[noreturn, gnu::cold]] void throw_inexact_double(std::string_view sql, int column, std::int64_t v);
[[noreturn, gnu::cold]] void throw_inexact_float(std::string_view sql, int column);
[[noreturn, gnu::cold]] void throw_infinite(std::string_view sql, int column, Oid type);

/// One field of a row, in binary format, wherever the row is kept.
struct field {
  const char* data;
  int length;
  Oid type;
  bool null;
};
/// Field `column` of row `row` of a libpq result, whose type is `type`. A NULL has length 0
/// (libpq points it at an empty string), so only a field of length 0 asks whether it is NULL.
inline field field_of(const PGresult* res, int row, int column, Oid type) noexcept {
  const int length = PQgetlength(res, row, column);
  const bool null = length == 0 && PQgetisnull(res, row, column) != 0;
  return {null ? "" : PQgetvalue(res, row, column), length, type, null};
}

namespace reading {

inline void expect_length(const field& f, int length, std::string_view sql, int column) {
  if (f.length != length) throw_malformed(sql, column, f.type);
}

/// An integer column (smallint, integer, bigint or an integral numeric) as an exact int64 or uint64.
template <class T>
T integer(const field& f, std::string_view sql, int column) {
  std::int64_t v;
  switch (f.type) {
    case oid::int2:
      expect_length(f, 2, sql, column);
      v = static_cast<std::int16_t>(load_big_endian<std::uint16_t>(f.data));
      break;
    case oid::int4:
      expect_length(f, 4, sql, column);
      v = static_cast<std::int32_t>(load_big_endian<std::uint32_t>(f.data));
      break;
    case oid::int8:
      expect_length(f, 8, sql, column);
      v = static_cast<std::int64_t>(load_big_endian<std::uint64_t>(f.data));
      break;
    case oid::numeric: {
      numeric_view n;
      if (!n.parse(f.data, f.length)) throw_malformed(sql, column, f.type);
      std::uint64_t magnitude = 0;
      const auto status = n.magnitude(magnitude);
      if (status == numeric_view::integer_status::fractional || status == numeric_view::integer_status::not_finite)
        throw_fractional(sql, column, n.text());
      if (status == numeric_view::integer_status::overflow) throw_out_of_range(sql, column, n.text());
      if (!n.is_negative()) {
        if (!std::in_range<T>(magnitude)) throw_out_of_range(sql, column, n.text());
        return static_cast<T>(magnitude);
      }
      if (magnitude > std::uint64_t{1} << 63) throw_out_of_range(sql, column, n.text());
      v = magnitude == std::uint64_t{1} << 63 ? std::numeric_limits<std::int64_t>::min()
                                               : -static_cast<std::int64_t>(magnitude);
      break;
    }
    default: throw_type(sql, column, f.type, "an integer");
  }
  if (!std::in_range<T>(v)) throw_out_of_range(sql, column, std::to_string(v));
  return static_cast<T>(v);
}

template <class T>
T floating(const field& f, std::string_view sql, int column) {
  double d;
  switch (f.type) {
    case oid::float4:
      expect_length(f, 4, sql, column);
      return static_cast<T>(std::bit_cast<float>(load_big_endian<std::uint32_t>(f.data)));  // widening is exact
    case oid::float8:
      expect_length(f, 8, sql, column);
      d = std::bit_cast<double>(load_big_endian<std::uint64_t>(f.data));
      break;
    case oid::int2:
    case oid::int4:
    case oid::int8: {
      const auto v = integer<std::int64_t>(f, sql, column);
      d = static_cast<double>(v);
      if (v > (std::int64_t{1} << 53) || v < -(std::int64_t{1} << 53)) throw_inexact_double(sql, column, v);
      break;
    }
    case oid::numeric: {
      numeric_view n;
      if (!n.parse(f.data, f.length)) throw_malformed(sql, column, f.type);
      if (n.is_nan()) {
        d = std::numeric_limits<double>::quiet_NaN();
      } else if (n.is_infinite()) {
        d = n.is_negative() ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
      } else {
        // Beyond 2^53 a double skips integers: refused, as for a bigint (a fraction below it rounds).
        if (n.magnitude_exceeds(std::uint64_t{1} << 53))
          throw_conversion("holds " + n.text() + ", which a double cannot hold exactly", sql, column);
        // The nearest double to the exact decimal value.
        const std::string text = n.text();
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), d);
        if (ec != std::errc{} || end != text.data() + text.size())
          throw_conversion("holds " + text + ", beyond the range of a double", sql, column);
      }
      break;
    }
    default: throw_type(sql, column, f.type, "a floating-point number");
  }
  if constexpr (std::is_same_v<T, float>) {
    if (static_cast<double>(static_cast<float>(d)) != d && !std::isnan(d)) throw_inexact_float(sql, column);
  }
  return static_cast<T>(d);
}
}  // namespace reading

/// Reads a field (column `column` of its row) as T.
template <class T>
T read_column(const field& f, std::string_view sql, int column) {
  if constexpr (is_optional_v<T>) {
    if (f.null) return std::nullopt;
    return read_column<typename T::value_type>(f, sql, column);
  } else {
    if (f.null) throw_null(sql, column);
    if constexpr (custom_value<T>) {
      return from_stored_value<T>(read_column<stored_type_t<T>>(f, sql, column), [&](std::string_view what) {
        throw_conversion("cannot be read back: " + std::string(what), sql, column);
      });
    } else if constexpr (std::is_same_v<T, bool>) {
      if (f.type != oid::boolean) throw_type(sql, column, f.type, "bool");
      reading::expect_length(f, 1, sql, column);
      return f.data[0] != 0;
    } else if constexpr (std::is_integral_v<T>) {
      // The usual case inline: a bigint read as a 64-bit or an integer as a 32-bit signed type.
      if constexpr (std::is_signed_v<T> && sizeof(T) == 8) {
        if (f.type == oid::int8 && f.length == 8) [[likely]]
          return static_cast<T>(load_big_endian<std::uint64_t>(f.data));
      } else if constexpr (std::is_signed_v<T> && sizeof(T) == 4) {
        if (f.type == oid::int4 && f.length == 4) [[likely]]
          return static_cast<T>(load_big_endian<std::uint32_t>(f.data));
      }
      return reading::integer<T>(f, sql, column);
    } else if constexpr (std::is_floating_point_v<T>) {
      return reading::floating<T>(f, sql, column);
    } else if constexpr (std::is_same_v<T, std::string>) {
      if (f.type != oid::text && f.type != oid::varchar && f.type != oid::bpchar && f.type != oid::name &&
          f.type != oid::unknown && f.type != oid::json)
        throw_type(sql, column, f.type, "a string");
      return std::string(f.data, static_cast<std::size_t>(f.length));
    } else if constexpr (std::is_same_v<T, blob>) {
      if (f.type != oid::bytea) throw_type(sql, column, f.type, "a blob");
      const auto* data = reinterpret_cast<const std::byte*>(f.data);
      return blob(data, data + f.length);
    } else if constexpr (std::is_same_v<T, date>) {
      if (f.type != oid::date) throw_type(sql, column, f.type, "a date");
      reading::expect_length(f, 4, sql, column);
      const auto days = static_cast<std::int32_t>(load_big_endian<std::uint32_t>(f.data));
      if (days == std::numeric_limits<std::int32_t>::min() || days == std::numeric_limits<std::int32_t>::max())
        throw_infinite(sql, column, f.type);
      return date{std::chrono::days{days + epoch_days}};
    } else if constexpr (std::is_same_v<T, timestamp>) {
      // timestamp, or timestamptz (the same instant in UTC).
      if (f.type != oid::timestamp && f.type != oid::timestamptz) throw_type(sql, column, f.type, "a timestamp");
      reading::expect_length(f, 8, sql, column);
      const auto micros = static_cast<std::int64_t>(load_big_endian<std::uint64_t>(f.data));
      if (micros == std::numeric_limits<std::int64_t>::min() || micros == std::numeric_limits<std::int64_t>::max())
        throw_infinite(sql, column, f.type);
      if (micros > std::numeric_limits<std::int64_t>::max() - epoch_micros)
        throw_conversion("holds a timestamp beyond ctql::timestamp's range", sql, column);
      return timestamp{std::chrono::microseconds{micros + epoch_micros}};
    } else if constexpr (std::is_same_v<T, time_of_day>) {
      if (f.type != oid::time) throw_type(sql, column, f.type, "a time of day");
      reading::expect_length(f, 8, sql, column);
      const auto micros = static_cast<std::int64_t>(load_big_endian<std::uint64_t>(f.data));
      // PostgreSQL's TIME also holds 24:00:00, which is no time of day.
      if (micros < 0 || micros >= time_of_day::day.count())
        throw_conversion("holds " + std::to_string(micros) + " microseconds after midnight, which is not a time of day "
                         "(00:00:00 to 23:59:59.999999)", sql, column);
      return time_of_day{std::chrono::microseconds{micros}};
    } else if constexpr (std::is_same_v<T, sql_uuid>) {
      if (f.type != oid::uuid) throw_type(sql, column, f.type, "a UUID");
      const auto parsed = T::from_bytes(reinterpret_cast<const std::uint8_t*>(f.data), static_cast<std::size_t>(f.length));
      if (!parsed) throw_malformed(sql, column, f.type);
      return *parsed;
    } else if constexpr (is_sql_numeric<T>) {
      if (f.type != oid::numeric) throw_type(sql, column, f.type, "a decimal (NUMERIC)");
      numeric_view n;
      if (!n.parse(f.data, f.length)) throw_malformed(sql, column, f.type);
      const std::string text = n.text();
      const auto units = detail::parse_decimal_units<T::precision, T::scale>(text);  // NaN, Infinity, too many digits or decimals: refused
      if (!units)
        throw_conversion("holds " + text + ", which is not a decimal(" + std::to_string(T::precision) + ", " +
                             std::to_string(T::scale) + ") (too many digits, or decimals that would be rounded)",
                         sql, column);
      return T{*units};
    } else if constexpr (std::is_same_v<T, sql_json>) {
      std::string_view text(f.data, static_cast<std::size_t>(f.length));
      if (f.type == oid::jsonb) {
        if (text.empty() || text.front() != '\x01') throw_malformed(sql, column, f.type);
        text.remove_prefix(1);  // the version byte
      } else if (f.type != oid::json) {
        throw_type(sql, column, f.type, "JSON");
      }
      return T{std::string(text)};
    } else {
      static_assert(always_false<T>, "ctql: this type cannot be read from a PostgreSQL column");
    }
  }
}

}  // namespace ctql::postgres_detail
