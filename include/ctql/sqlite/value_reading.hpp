#pragma once
// Reading SQLite result columns as C++ values, exactly: a value that does not fit, or a NULL read
// into a non-optional, raises ctql::error.
#include <sqlite3.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "ctql/core/error.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/run/chrono_text.hpp"
#include "ctql/core/schema/sql_forms.hpp"
#include "ctql/core/schema/value_types.hpp"
#include "ctql/sqlite/error.hpp"

namespace ctql::sqlite_detail {

// The error paths of reading, out of line (compiled_part.hpp) so the hot path stays a few instructions.
[[noreturn, gnu::cold]] void throw_null(sqlite3_stmt* stmt, int column);
[[noreturn, gnu::cold]] void throw_storage(sqlite3_stmt* stmt, int column, int type, const char* wanted);
[[noreturn, gnu::cold]] void throw_out_of_range(sqlite3_stmt* stmt, int column, sqlite3_int64 v);
[[noreturn, gnu::cold]] void throw_not_bool(sqlite3_stmt* stmt, int column, sqlite3_int64 v);
[[noreturn, gnu::cold]] void throw_inexact_double(sqlite3_stmt* stmt, int column, sqlite3_int64 v);
[[noreturn, gnu::cold]] void throw_inexact_float(sqlite3_stmt* stmt, int column);
[[noreturn, gnu::cold]] void throw_bad_time(sqlite3_stmt* stmt, int column, std::string_view text);

/// Reads `value`, column `column` of the current row, whose storage class is `type`, as T.
/// (The value and its type are fetched once, by read_column, however many layers T has.)
template <class T>
T read_value(sqlite3_stmt* stmt, int column, sqlite3_value* value, int type) {
  if constexpr (is_optional_v<T>) {
    if (type == SQLITE_NULL) return std::nullopt;
    return read_value<typename T::value_type>(stmt, column, value, type);
  } else {
    if (type == SQLITE_NULL) throw_null(stmt, column);
    if constexpr (custom_value<T>) {
      return from_stored_value<T>(read_value<stored_type_t<T>>(stmt, column, value, type), [&](std::string_view what) {
        throw_conversion(std::string("(") + sqlite3_column_name(stmt, column) + ") cannot be read back: " +
                             std::string(what), sqlite3_sql(stmt), column);
      });
    } else if constexpr (std::is_same_v<T, bool>) {
      if (type != SQLITE_INTEGER) throw_storage(stmt, column, type, "bool");
      const sqlite3_int64 v = sqlite3_value_int64(value);
      if (v != 0 && v != 1) throw_not_bool(stmt, column, v);
      return v == 1;
    } else if constexpr (std::is_integral_v<T>) {
      if (type != SQLITE_INTEGER) throw_storage(stmt, column, type, "an integer");
      const sqlite3_int64 v = sqlite3_value_int64(value);
      if (!std::in_range<T>(v)) throw_out_of_range(stmt, column, v);
      return static_cast<T>(v);
    } else if constexpr (std::is_floating_point_v<T>) {
      double d;
      if (type == SQLITE_FLOAT) {
        d = sqlite3_value_double(value);
      } else if (type == SQLITE_INTEGER) {
        const sqlite3_int64 v = sqlite3_value_int64(value);
        d = static_cast<double>(v);
        // Exact when the double converts back to the same integer (checked in range first).
        if (d >= 9223372036854775808.0 || static_cast<sqlite3_int64>(d) != v) throw_inexact_double(stmt, column, v);
      } else {
        throw_storage(stmt, column, type, "a floating-point number");
      }
      if constexpr (std::is_same_v<T, float>) {
        if (static_cast<double>(static_cast<float>(d)) != d && !std::isnan(d)) throw_inexact_float(stmt, column);
      }
      return static_cast<T>(d);
    } else if constexpr (std::is_same_v<T, std::string>) {
      if (type != SQLITE_TEXT) throw_storage(stmt, column, type, "a string");
      const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
      return std::string(text, static_cast<std::size_t>(sqlite3_value_bytes(value)));
    } else if constexpr (std::is_same_v<T, blob>) {
      if (type != SQLITE_BLOB) throw_storage(stmt, column, type, "a blob");
      const auto* data = static_cast<const std::byte*>(sqlite3_value_blob(value));
      return blob(data, data + sqlite3_value_bytes(value));
    } else if constexpr (std::is_same_v<T, date> || std::is_same_v<T, timestamp>) {
      if (type != SQLITE_TEXT) throw_storage(stmt, column, type, "a date or time");
      const std::string_view text(reinterpret_cast<const char*>(sqlite3_value_text(value)),
                                  static_cast<std::size_t>(sqlite3_value_bytes(value)));
      std::optional<T> parsed;
      if constexpr (std::is_same_v<T, date>) parsed = parse_date(text);
      else parsed = parse_timestamp(text);
      if (!parsed) throw_bad_time(stmt, column, text);
      return *parsed;
    } else if constexpr (std::is_same_v<T, time_of_day>) {
      if (type != SQLITE_TEXT) throw_storage(stmt, column, type, "a time of day");
      const std::string_view text(reinterpret_cast<const char*>(sqlite3_value_text(value)),
                                  static_cast<std::size_t>(sqlite3_value_bytes(value)));
      const auto parsed = time_of_day::parse(text);
      if (!parsed) throw_bad_time(stmt, column, text);
      return *parsed;
    } else if constexpr (std::is_same_v<T, sql_uuid>) {
      if (type != SQLITE_BLOB) throw_storage(stmt, column, type, "a UUID");
      const auto parsed = T::from_bytes(static_cast<const std::uint8_t*>(sqlite3_value_blob(value)),
                                        static_cast<std::size_t>(sqlite3_value_bytes(value)));
      if (!parsed)
        throw_conversion("holds a blob of " + std::to_string(sqlite3_value_bytes(value)) + " bytes, not a UUID (16 bytes)",
                         sqlite3_sql(stmt), column);
      return *parsed;
    } else if constexpr (is_sql_numeric<T>) {
      // Scaled integers: a REAL or TEXT is no decimal's (it would not be exact).
      if (type != SQLITE_INTEGER) throw_storage(stmt, column, type, "a decimal (an INTEGER of its units)");
      const sqlite3_int64 units = sqlite3_value_int64(value);
      constexpr detail::int128 limit = detail::pow10(T::precision);  // 10^P units: P + 1 digits
      if (units >= limit || units <= -limit)
        throw_conversion("holds " + std::to_string(units) + " units of 10^-" + std::to_string(T::scale) +
                             ", more digits than a decimal(" + std::to_string(T::precision) + ", " +
                             std::to_string(T::scale) + ")",
                         sqlite3_sql(stmt), column);
      return T{units};
    } else if constexpr (std::is_same_v<T, sql_json>) {
      if (type != SQLITE_TEXT) throw_storage(stmt, column, type, "JSON text");
      return T{std::string(reinterpret_cast<const char*>(sqlite3_value_text(value)),
                           static_cast<std::size_t>(sqlite3_value_bytes(value)))};
    } else {
      static_assert(always_false<T>, "ctql: this type cannot be read from an SQLite column");
    }
  }
}

/// Reads column `column` of the current row as T.
template <class T>
T read_column(sqlite3_stmt* stmt, int column) {
  sqlite3_value* value = sqlite3_column_value(stmt, column);
  return read_value<T>(stmt, column, value, sqlite3_value_type(value));
}

}  // namespace ctql::sqlite_detail
