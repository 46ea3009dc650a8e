#pragma once
// Binding C++ values to MySQL statement parameters (a typed MYSQL_BIND each, pointing at the
// caller's value: text and blobs are not copied) and reading result columns back exactly: a value
// that does not fit, a NULL read into a non-optional, a number read as text each raise ctql::error.
#include <mysql.h>

#include <algorithm>
#include <bit>
#include <charconv>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>

#include "ctql/core/error.hpp"
#include "ctql/core/expr/value.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/schema/value_types.hpp"

namespace ctql::mysql_detail {

/// The client library's flag type (my_bool in MariaDB Connector/C, bool in MySQL 8).
using flag = std::remove_pointer_t<decltype(MYSQL_BIND::is_null)>;

// ---------------------------------------------------------------------------------------------
// Parameters

/// Fills `t` with a date; false if MySQL's DATE cannot hold it (years 0 to 9999).
inline bool to_mysql_time(MYSQL_TIME& t, date d) {
  const std::chrono::year_month_day ymd{d};
  const int year = static_cast<int>(ymd.year());
  if (year < 0 || year > 9999) return false;
  t = MYSQL_TIME{};
  t.year = static_cast<unsigned>(year);
  t.month = static_cast<unsigned>(ymd.month());
  t.day = static_cast<unsigned>(ymd.day());
  t.time_type = MYSQL_TIMESTAMP_DATE;
  return true;
}
/// Fills `t` with a timestamp, microseconds included; false if DATETIME cannot hold it.
inline bool to_mysql_time(MYSQL_TIME& t, timestamp ts) {
  const auto day = std::chrono::floor<std::chrono::days>(ts);
  if (!to_mysql_time(t, date{day})) return false;
  const long long micros = (ts - day).count();
  t.hour = static_cast<unsigned>(micros / 3'600'000'000);
  t.minute = static_cast<unsigned>(micros / 60'000'000 % 60);
  t.second = static_cast<unsigned>(micros / 1'000'000 % 60);
  t.second_part = static_cast<unsigned long>(micros % 1'000'000);
  t.time_type = MYSQL_TIMESTAMP_DATETIME;
  return true;
}

[[noreturn, gnu::noinline, gnu::cold]] inline void throw_time_range(date d, const char* type) {
  throw error("a value in the year " + std::to_string(static_cast<int>(std::chrono::year_month_day{d}.year())) +
              " does not fit in MySQL's " + type + " (years 0000 to 9999)");
}

template <std::size_t Size>
constexpr enum_field_types integer_field_type() {
  if constexpr (Size == 1) return MYSQL_TYPE_TINY;
  else if constexpr (Size == 2) return MYSQL_TYPE_SHORT;
  else if constexpr (Size == 4) return MYSQL_TYPE_LONG;
  else {
    static_assert(Size == 8, "ctql: MySQL parameters take integers of 1, 2, 4 or 8 bytes");
    return MYSQL_TYPE_LONGLONG;
  }
}

/// The MYSQL_BINDs of one execution, one per placeholder, valid until mysql_stmt_execute returns
/// (the values are sent then). Reused by every statement of a connection.
class param_binds {
 public:
  /// Starts binding a statement with `count` placeholders.
  void reset(std::size_t count) {
    binds_.assign(count, MYSQL_BIND{});
    if (extras_.size() < count) extras_.resize(count);
    next_ = 0;
    refused_ = nullptr;
  }
  /// Binds the next placeholder (counted even past the end, so a mismatch shows in bound()).
  template <class T>
  void push(const T& value) {
    if (next_ < binds_.size()) bind(next_, value);
    ++next_;
  }
  /// Binds the next placeholder to a copy: the value is a temporary of a range.
  template <class T>
  void push(const bound_copy<T>& value) {
    if (next_ < binds_.size()) bind_copy(next_, value.value);
    ++next_;
  }
  /// Binds placeholder `index` (0-based, below size()); then all_bound() when each one is.
  template <class T>
  void bind(std::size_t index, const T& value) {
    bind_value(index, value);
  }
  void all_bound() { next_ = binds_.size(); }
  std::size_t size() const { return binds_.size(); }
  std::size_t bound() const { return next_; }
  /// A value that must not be sent ("NaN", "infinity"), and its placeholder (0-based); the
  /// statement is refused before it runs.
  const char* refused() const { return refused_; }
  std::size_t refused_index() const { return refused_index_; }
  MYSQL_BIND* data() { return binds_.data(); }

 private:
  struct extra {
    unsigned long length = 0;
    MYSQL_TIME time{};
    alignas(8) unsigned char scalar[8];  // a copied number
    std::string copy;                    // a copied text or blob
  };

  static void bind_bytes(MYSQL_BIND& b, extra& x, enum_field_types type, const void* data, std::size_t size) {
    static const char empty = 0;  // a null buffer would be sent as NULL
    b.buffer_type = type;
    b.buffer = const_cast<void*>(data != nullptr ? data : &empty);
    x.length = static_cast<unsigned long>(size);
    b.buffer_length = x.length;
    b.length = &x.length;
  }

  template <class T>
  void bind_value(std::size_t index, const T& value) {
    [[maybe_unused]] MYSQL_BIND& b = binds_[index];
    [[maybe_unused]] extra& x = extras_[index];
    if constexpr (is_optional_v<T>) {
      if (value) bind_value(index, *value);
      else b.buffer_type = MYSQL_TYPE_NULL;
    } else if constexpr (std::is_same_v<T, bool>) {
      static_assert(sizeof(bool) == 1, "ctql: a bool parameter is sent as one byte");
      b.buffer_type = MYSQL_TYPE_TINY;
      b.buffer = const_cast<bool*>(&value);
    } else if constexpr (std::is_integral_v<T>) {
      b.buffer_type = integer_field_type<sizeof(T)>();
      b.buffer = const_cast<T*>(&value);
      b.is_unsigned = std::is_unsigned_v<T>;
    } else if constexpr (std::is_same_v<T, float> || std::is_same_v<T, double>) {
      // MySQL and MariaDB have no NaN or infinity: a column refuses them (strict mode) or stores
      // 0 or the largest float, and an expression turns them into 0. None is sent.
      if (!std::isfinite(value)) [[unlikely]] refuse(index, std::isnan(value) ? "NaN" : "infinity");
      b.buffer_type = std::is_same_v<T, float> ? MYSQL_TYPE_FLOAT : MYSQL_TYPE_DOUBLE;
      b.buffer = const_cast<T*>(&value);
    } else if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view>) {
      bind_bytes(b, x, MYSQL_TYPE_STRING, value.data(), value.size());
    } else if constexpr (std::is_same_v<T, const char*> || std::is_same_v<T, char*>) {
      bind_bytes(b, x, MYSQL_TYPE_STRING, value, std::strlen(value));
    } else if constexpr (std::is_same_v<T, blob>) {
      bind_bytes(b, x, MYSQL_TYPE_BLOB, value.data(), value.size());
    } else if constexpr (std::is_same_v<T, date>) {
      if (!to_mysql_time(x.time, value)) throw_time_range(value, "DATE");
      b.buffer_type = MYSQL_TYPE_DATE;
      b.buffer = &x.time;
    } else if constexpr (std::is_same_v<T, timestamp>) {
      if (!to_mysql_time(x.time, value)) throw_time_range(std::chrono::floor<std::chrono::days>(value), "DATETIME");
      b.buffer_type = MYSQL_TYPE_DATETIME;
      b.buffer = &x.time;
    } else {
      static_assert(always_false<T>, "ctql: this type cannot be bound to a MySQL parameter");
    }
  }

  template <class T>
  void bind_copy(std::size_t index, const T& value) {
    [[maybe_unused]] MYSQL_BIND& b = binds_[index];
    [[maybe_unused]] extra& x = extras_[index];
    if constexpr (is_optional_v<T>) {
      if (value) bind_copy(index, *value);
      else b.buffer_type = MYSQL_TYPE_NULL;
    } else if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view> ||
                         std::is_same_v<T, blob>) {
      x.copy.assign(reinterpret_cast<const char*>(value.data()), value.size());
      bind_bytes(b, x, std::is_same_v<T, blob> ? MYSQL_TYPE_BLOB : MYSQL_TYPE_STRING, x.copy.data(), x.copy.size());
    } else if constexpr (std::is_same_v<T, const char*> || std::is_same_v<T, char*>) {
      x.copy.assign(value);
      bind_bytes(b, x, MYSQL_TYPE_STRING, x.copy.data(), x.copy.size());
    } else if constexpr (std::is_arithmetic_v<T>) {
      static_assert(sizeof(T) <= sizeof(x.scalar) && std::is_trivially_destructible_v<T>);
      bind_value(index, *::new (static_cast<void*>(x.scalar)) T(value));
    } else {
      bind_value(index, value);  // dates and times are converted into the extra anyway
    }
  }

  [[gnu::noinline, gnu::cold]] void refuse(std::size_t index, const char* what) {
    if (refused_ != nullptr) return;  // the first one is reported
    refused_ = what;
    refused_index_ = index;
  }

  std::vector<MYSQL_BIND> binds_;
  std::vector<extra> extras_;
  std::size_t next_ = 0;
  const char* refused_ = nullptr;
  std::size_t refused_index_ = 0;
};

/// An upper bound of the bytes a value adds to a COM_STMT_EXECUTE packet (type, NULL bit, data).
template <class T>
std::size_t packet_bytes(const T& value);
template <class T>
std::size_t packet_bytes(const bound_copy<T>& value) {
  return packet_bytes(value.value);
}
template <class T>
std::size_t packet_bytes(const T& value) {
  constexpr std::size_t type_and_null = 3;
  if constexpr (is_optional_v<T>) {
    return value ? packet_bytes(*value) : type_and_null;
  } else if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view> ||
                       std::is_same_v<T, blob>) {
    return type_and_null + 9 + value.size();
  } else if constexpr (std::is_same_v<T, const char*> || std::is_same_v<T, char*>) {
    return type_and_null + 9 + std::strlen(value);
  } else {
    return type_and_null + 12;  // numbers take at most 8, dates and times at most 12
  }
}

// ---------------------------------------------------------------------------------------------
// Result columns

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
