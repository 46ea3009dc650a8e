#pragma once
// Binding C++ values to SQLite parameters, exactly: a value SQLite would store as something else
// (a NaN as NULL, an unsigned beyond INTEGER) raises ctql::error.
#include <sqlite3.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "ctql/core/error.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/run/chrono_text.hpp"
#include "ctql/core/schema/sql_forms.hpp"
#include "ctql/core/schema/value_types.hpp"
#include "ctql/sqlite/error.hpp"

namespace ctql::sqlite_detail {

/// How bound text and blobs live: SQLITE_STATIC when the caller's value outlives the run.
enum class text_lifetime { borrowed, copied };

inline void check_bind(int rc, sqlite3_stmt* stmt) {
  if (rc != SQLITE_OK) throw_error(sqlite3_db_handle(stmt), "cannot bind a parameter", sqlite3_sql(stmt), rc);
}

inline void bind_text(sqlite3_stmt* stmt, int index, std::string_view text, text_lifetime lifetime) {
  // A null data pointer would bind NULL; an empty view must stay an empty string.
  const char* data = text.data() != nullptr ? text.data() : "";
  check_bind(sqlite3_bind_text64(stmt, index, data, text.size(),
                                 lifetime == text_lifetime::borrowed ? SQLITE_STATIC : SQLITE_TRANSIENT, SQLITE_UTF8),
             stmt);
}

// SQLite stores a NaN it is given as NULL: the value would be lost without a word.
[[noreturn, gnu::cold]] void throw_nan(sqlite3_stmt* stmt);

template <class T>
void bind_value(sqlite3_stmt* stmt, int index, const T& value, text_lifetime lifetime) {
  if constexpr (std::is_same_v<T, std::nullopt_t>) {
    check_bind(sqlite3_bind_null(stmt, index), stmt);
  } else if constexpr (is_optional_v<T>) {
    if (value) bind_value(stmt, index, *value, lifetime);
    else check_bind(sqlite3_bind_null(stmt, index), stmt);
  } else if constexpr (custom_value<T>) {
    bind_value(stmt, index, to_stored_value(value), text_lifetime::copied);  // a temporary
  } else if constexpr (std::is_same_v<T, bool>) {
    check_bind(sqlite3_bind_int(stmt, index, value ? 1 : 0), stmt);
  } else if constexpr (std::is_integral_v<T>) {
    if constexpr (std::is_unsigned_v<T> && sizeof(T) >= sizeof(std::int64_t)) {
      if (value > static_cast<T>(std::numeric_limits<std::int64_t>::max()))
        throw error("the value " + std::to_string(value) + " does not fit in SQLite's 64-bit signed INTEGER",
                    sqlite3_sql(stmt));
    }
    check_bind(sqlite3_bind_int64(stmt, index, static_cast<sqlite3_int64>(value)), stmt);
  } else if constexpr (std::is_floating_point_v<T>) {
    if (std::isnan(value)) throw_nan(stmt);
    check_bind(sqlite3_bind_double(stmt, index, static_cast<double>(value)), stmt);
  } else if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view>) {
    bind_text(stmt, index, value, lifetime);
  } else if constexpr (std::is_same_v<T, const char*> || std::is_same_v<T, char*>) {
    bind_text(stmt, index, std::string_view(value), lifetime);
  } else if constexpr (std::is_same_v<T, blob>) {
    if (value.empty()) check_bind(sqlite3_bind_zeroblob(stmt, index, 0), stmt);
    else
      check_bind(sqlite3_bind_blob64(stmt, index, value.data(), value.size(),
                                     lifetime == text_lifetime::borrowed ? SQLITE_STATIC : SQLITE_TRANSIENT),
                 stmt);
  } else if constexpr (std::is_same_v<T, date> || std::is_same_v<T, timestamp>) {
    bind_text(stmt, index, to_text(value).view(), text_lifetime::copied);
  } else if constexpr (std::is_same_v<T, time_of_day>) {
    bind_text(stmt, index, to_string(value), text_lifetime::copied);
  } else if constexpr (std::is_same_v<T, sql_uuid>) {
    check_bind(sqlite3_bind_blob64(stmt, index, value.bytes.data(), 16, SQLITE_TRANSIENT), stmt);
  } else if constexpr (is_sql_numeric<T>) {
    // A scaled integer: its units of 10^-S (a column holds at most 18 digits; a wider value may not fit).
    if (value.units > std::numeric_limits<sqlite3_int64>::max() || value.units < std::numeric_limits<sqlite3_int64>::min())
      throw error("the decimal " + value.text() + " has more digits than SQLite's 64-bit INTEGER holds in units of 10^-" +
                      std::to_string(T::scale),
                  sqlite3_sql(stmt));
    check_bind(sqlite3_bind_int64(stmt, index, static_cast<sqlite3_int64>(value.units)), stmt);
  } else if constexpr (std::is_same_v<T, sql_json>) {
    bind_text(stmt, index, value.text, text_lifetime::copied);
  } else {
    static_assert(always_false<T>, "ctql: this type cannot be bound to an SQLite parameter");
  }
}

}  // namespace ctql::sqlite_detail
