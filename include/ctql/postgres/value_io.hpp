#pragma once
// Binding C++ values to PostgreSQL parameters and reading result columns back, both in binary
// format. Each parameter is sent with the type OID of its C++ type (so `SELECT $1` and
// `CASE ... THEN $2` need no casts); each result column's type OID is checked against the C++
// type it is read into, and the conversion is exact or raises ctql::error.
#include <libpq-fe.h>

#include <bit>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>

#include "ctql/core/error.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/schema/value_types.hpp"
#include "ctql/postgres/numeric.hpp"

namespace ctql::postgres_detail {

/// The OIDs of the built-in types ctql reads and writes (pg_type.h is a server header).
namespace oid {
inline constexpr Oid boolean = 16;
inline constexpr Oid bytea = 17;
inline constexpr Oid name = 19;
inline constexpr Oid int8 = 20;
inline constexpr Oid int2 = 21;
inline constexpr Oid int4 = 23;
inline constexpr Oid text = 25;
inline constexpr Oid json = 114;
inline constexpr Oid float4 = 700;
inline constexpr Oid float8 = 701;
inline constexpr Oid unknown = 705;
inline constexpr Oid bpchar = 1042;
inline constexpr Oid varchar = 1043;
inline constexpr Oid date = 1082;
inline constexpr Oid timestamp = 1114;
inline constexpr Oid timestamptz = 1184;
inline constexpr Oid numeric = 1700;
}  // namespace oid

/// The SQL name of a type, for messages.
inline std::string type_name(Oid type) {
  switch (type) {
    case oid::boolean: return "boolean";
    case oid::bytea: return "bytea";
    case oid::name: return "name";
    case oid::int8: return "bigint";
    case oid::int2: return "smallint";
    case oid::int4: return "integer";
    case oid::text: return "text";
    case oid::json: return "json";
    case oid::float4: return "real";
    case oid::float8: return "double precision";
    case oid::unknown: return "unknown";
    case oid::bpchar: return "character";
    case oid::varchar: return "character varying";
    case oid::date: return "date";
    case oid::timestamp: return "timestamp";
    case oid::timestamptz: return "timestamp with time zone";
    case oid::numeric: return "numeric";
    default: return "the type with OID " + std::to_string(type);
  }
}

/// Dates and timestamps count from 2000-01-01 in PostgreSQL, from 1970-01-01 in std::chrono.
inline constexpr std::int64_t epoch_days = 10957;
inline constexpr std::int64_t epoch_micros = epoch_days * 86'400'000'000;

/// The parameter type a C++ value is sent as. Unsigned types take the next wider signed type,
/// as in ctql's DDL (uint64 is NUMERIC).
template <class T>
constexpr Oid parameter_type() {
  using U = strip_optional_t<T>;
  if constexpr (std::is_same_v<U, bool>) return oid::boolean;
  else if constexpr (std::is_integral_v<U> && std::is_signed_v<U>)
    return sizeof(U) <= 2 ? oid::int2 : sizeof(U) == 4 ? oid::int4 : oid::int8;
  else if constexpr (std::is_integral_v<U>)
    return sizeof(U) == 1 ? oid::int2 : sizeof(U) == 2 ? oid::int4 : sizeof(U) == 4 ? oid::int8 : oid::numeric;
  else if constexpr (std::is_same_v<U, float>) return oid::float4;
  else if constexpr (std::is_floating_point_v<U>) return oid::float8;
  else if constexpr (category_of<U>() == category::text) return oid::text;
  else if constexpr (std::is_same_v<U, blob>) return oid::bytea;
  else if constexpr (std::is_same_v<U, date>) return oid::date;
  else if constexpr (std::is_same_v<U, timestamp>) return oid::timestamp;
  else static_assert(always_false<T>, "ctql: this type cannot be bound to a PostgreSQL parameter");
}

/// One statement's parameters as PQexecPrepared takes them. Fixed-size values are encoded into
/// an arena; strings and blobs point at the caller's bytes, which libpq copies when it sends.
class param_buffer {
 public:
  /// Starts a statement with no parameters; add() appends.
  void clear() noexcept {
    types_.clear();
    values_.clear();
    lengths_.clear();
    formats_.clear();
    offsets_.clear();
    arena_.clear();
  }
  /// Starts a statement with `count` parameters, none set yet; put() fills them in any order.
  void reset(std::size_t count) {
    clear();
    types_.assign(count, 0);
    values_.assign(count, nullptr);
    lengths_.assign(count, 0);
    formats_.assign(count, 1);
    offsets_.assign(count, no_offset);
  }
  /// Appends a parameter; with Copy, text and blobs are copied (the value is a temporary).
  template <bool Copy = false, class T>
  void add(const T& value) {
    types_.push_back(0);
    values_.push_back(nullptr);
    lengths_.push_back(0);
    formats_.push_back(1);
    offsets_.push_back(no_offset);
    put<Copy>(types_.size() - 1, value);
  }
  /// Appends the argument of a prepared statement's parameter declared as T. T, not the
  /// argument's own type, is what the statement was prepared with: a narrower integer, a view
  /// of text or an empty optional is sent as a T.
  template <class T, bool Copy = false, class A>
  void add_as(const A& a) {
    if constexpr (is_optional_v<T>) {
      if constexpr (is_optional_v<A>) {
        if (a) add_as<strip_optional_t<T>, Copy>(*a);
        else add(T{});  // NULL, typed as T
      } else {
        add_as<strip_optional_t<T>, Copy>(a);
      }
    } else if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool> && !std::is_same_v<A, T>) {
      if (!std::in_range<T>(a)) throw error("the argument " + std::to_string(a) + " is out of range of its parameter's type");
      add(static_cast<T>(a));
    } else if constexpr (std::is_floating_point_v<T> && !std::is_same_v<A, T>) {
      add(static_cast<T>(a));
    } else {
      add<Copy>(a);  // the same type, or text
    }
  }
  /// Sets parameter `i` (0-based).
  template <bool Copy = false, class T>
  void put(std::size_t i, const T& value) {
    types_[i] = parameter_type<T>();
    if constexpr (is_optional_v<T>) {
      if (value) put<Copy>(i, *value);
      else external(i, nullptr, 0);  // NULL, still typed
    } else if constexpr (std::is_same_v<T, bool>) {
      const char byte = value ? 1 : 0;
      encoded(i, &byte, 1);
    } else if constexpr (std::is_integral_v<T>) {
      if constexpr (parameter_type<T>() == oid::numeric) {
        // uint64: NUMERIC in text format (NUL-terminated, as libpq reads text parameters).
        char digits[24];
        const auto end = std::to_chars(digits, digits + 23, value).ptr;
        *end = '\0';
        encoded(i, digits, static_cast<std::size_t>(end - digits + 1));
        formats_[i] = 0;
      } else if constexpr (parameter_type<T>() == oid::int2) {
        put_big_endian(i, static_cast<std::uint16_t>(static_cast<std::int16_t>(value)));
      } else if constexpr (parameter_type<T>() == oid::int4) {
        put_big_endian(i, static_cast<std::uint32_t>(static_cast<std::int32_t>(value)));
      } else {
        put_big_endian(i, static_cast<std::uint64_t>(static_cast<std::int64_t>(value)));
      }
    } else if constexpr (std::is_same_v<T, float>) {
      put_big_endian(i, std::bit_cast<std::uint32_t>(value));
    } else if constexpr (std::is_floating_point_v<T>) {
      put_big_endian(i, std::bit_cast<std::uint64_t>(static_cast<double>(value)));
    } else if constexpr (category_of<T>() == category::text) {
      const std::string_view text(value);
      if constexpr (Copy) encoded(i, text.data(), text.size());
      else external(i, text.data() != nullptr ? text.data() : "", text.size());  // a null pointer would be NULL
    } else if constexpr (std::is_same_v<T, blob>) {
      if constexpr (Copy) encoded(i, reinterpret_cast<const char*>(value.data()), value.size());
      else external(i, value.empty() ? "" : reinterpret_cast<const char*>(value.data()), value.size());
    } else if constexpr (std::is_same_v<T, date>) {
      const std::int64_t days = value.time_since_epoch().count() - epoch_days;
      if (!std::in_range<std::int32_t>(days)) throw_unrepresentable("date");
      put_big_endian(i, static_cast<std::uint32_t>(static_cast<std::int32_t>(days)));
    } else if constexpr (std::is_same_v<T, timestamp>) {
      const std::int64_t micros = value.time_since_epoch().count();
      if (micros < std::numeric_limits<std::int64_t>::min() + epoch_micros) throw_unrepresentable("timestamp");
      put_big_endian(i, static_cast<std::uint64_t>(micros - epoch_micros));
    } else {
      static_assert(always_false<T>, "ctql: this type cannot be bound to a PostgreSQL parameter");
    }
  }

  int size() const noexcept { return static_cast<int>(types_.size()); }
  const Oid* types() const noexcept { return types_.data(); }
  const int* lengths() const noexcept { return lengths_.data(); }
  const int* formats() const noexcept { return formats_.data(); }
  /// The value pointers, valid until the buffer changes.
  const char* const* values() noexcept {
    for (std::size_t i = 0; i < offsets_.size(); ++i)
      if (offsets_[i] != no_offset) values_[i] = arena_.data() + offsets_[i];
    return values_.data();
  }

 private:
  static constexpr std::size_t no_offset = static_cast<std::size_t>(-1);

  void external(std::size_t i, const char* data, std::size_t length) {
    if (!std::in_range<int>(length)) throw error("a parameter of " + std::to_string(length) + " bytes is too long for libpq");
    values_[i] = data;
    lengths_[i] = static_cast<int>(length);
    offsets_[i] = no_offset;
  }
  void encoded(std::size_t i, const char* data, std::size_t length) {
    if (!std::in_range<int>(length)) throw error("a parameter of " + std::to_string(length) + " bytes is too long for libpq");
    offsets_[i] = arena_.size();
    lengths_[i] = static_cast<int>(length);
    arena_.append(data, length);
  }
  template <class U>
  void put_big_endian(std::size_t i, U v) {
    char bytes[sizeof(U)];
    for (std::size_t b = 0; b < sizeof(U); ++b) bytes[b] = static_cast<char>(v >> (8 * (sizeof(U) - 1 - b)));
    encoded(i, bytes, sizeof(U));
  }
  [[noreturn, gnu::noinline, gnu::cold]] static void throw_unrepresentable(const char* what) {
    throw error(std::string("the ") + what + " parameter is out of PostgreSQL's range");
  }

  std::vector<Oid> types_;
  std::vector<const char*> values_;
  std::vector<int> lengths_;
  std::vector<int> formats_;
  std::vector<std::size_t> offsets_;
  std::string arena_;
};

// The error paths of reading, out of line so the hot path stays a few instructions.
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_conversion(std::string_view what, std::string_view sql, int column) {
  throw error("result column " + std::to_string(column) + ": " + std::string(what), std::string(sql));
}
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_null(std::string_view sql, int column) {
  throw_conversion("is NULL but the result type is not std::optional; make it std::optional<T>", sql, column);
}
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_type(std::string_view sql, int column, Oid type, const char* wanted) {
  throw_conversion("holds " + type_name(type) + ", which cannot be read exactly as " + wanted, sql, column);
}
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_malformed(std::string_view sql, int column, Oid type) {
  throw_conversion("holds " + type_name(type) + " in a binary form ctql does not know", sql, column);
}
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_out_of_range(std::string_view sql, int column, const std::string& v) {
  throw_conversion("holds " + v + ", out of range of the result's integer type", sql, column);
}
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_fractional(std::string_view sql, int column, const std::string& v) {
  throw_conversion("holds " + v + ", which is not an integer; read it as double", sql, column);
}
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_inexact_double(std::string_view sql, int column, std::int64_t v) {
  throw_conversion("holds the integer " + std::to_string(v) + ", which a double cannot hold exactly", sql, column);
}
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_inexact_float(std::string_view sql, int column) {
  throw_conversion("holds a value a float cannot hold exactly; read it as double", sql, column);
}
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_infinite(std::string_view sql, int column, Oid type) {
  throw_conversion("holds an infinite " + type_name(type) + ", which ctql::date and ctql::timestamp cannot hold", sql,
                   column);
}

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
    if constexpr (std::is_same_v<T, bool>) {
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
    } else {
      static_assert(always_false<T>, "ctql: this type cannot be read from a PostgreSQL column");
    }
  }
}

}  // namespace ctql::postgres_detail
