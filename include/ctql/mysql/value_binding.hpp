#pragma once
// Binding C++ values to MySQL statement parameters: a typed MYSQL_BIND each, pointing at the
// caller's value (text and blobs are not copied); a value MySQL cannot hold exactly (NaN, a date
// out of range) raises ctql::error before the statement runs.
#include <mysql.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "ctql/core/expr/value.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/meta/lean_std.hpp"
#include "ctql/core/run/call_ref.hpp"
#include "ctql/core/schema/civil_date.hpp"
#include "ctql/core/schema/sql_forms.hpp"
#include "ctql/core/schema/value_types.hpp"

namespace ctql::mysql_detail {

/// Fills `t` with a date; false if MySQL's DATE cannot hold it (years 0 to 9999).
inline bool to_mysql_time(MYSQL_TIME& t, date d) {
  const civil_date ymd = to_civil(d);
  if (ymd.year < 0 || ymd.year > 9999) return false;
  t = MYSQL_TIME{};
  t.year = static_cast<unsigned>(ymd.year);
  t.month = ymd.month;
  t.day = ymd.day;
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

[[noreturn, gnu::cold]] void throw_time_range(date d, const char* type);

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
  void reset(std::size_t count);
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
    } else if constexpr (custom_value<T>) {
      bind_copy(index, to_stored_value(value));  // a temporary: copied into the extra
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
    } else if constexpr (std::is_same_v<T, time_of_day>) {
      const long long micros = value.since_midnight().count();
      x.time = MYSQL_TIME{};
      x.time.hour = static_cast<unsigned>(micros / 3'600'000'000);
      x.time.minute = static_cast<unsigned>(micros / 60'000'000 % 60);
      x.time.second = static_cast<unsigned>(micros / 1'000'000 % 60);
      x.time.second_part = static_cast<unsigned long>(micros % 1'000'000);
      x.time.time_type = MYSQL_TIMESTAMP_TIME;
      b.buffer_type = MYSQL_TYPE_TIME;
      b.buffer = &x.time;
    } else if constexpr (std::is_same_v<T, timestamp>) {
      if (!to_mysql_time(x.time, value)) throw_time_range(std::chrono::floor<std::chrono::days>(value), "DATETIME");
      b.buffer_type = MYSQL_TYPE_DATETIME;
      b.buffer = &x.time;
    } else if constexpr (std::is_same_v<T, sql_uuid>) {
      bind_copy(index, value.text());  // its text: MariaDB's UUID and MySQL's CHAR(36) take it
    } else if constexpr (is_sql_numeric<T>) {
      // As a DECIMAL, so that the server compares and computes it as one (a string would be a double).
      x.copy = value.text();
      bind_bytes(b, x, MYSQL_TYPE_NEWDECIMAL, x.copy.data(), x.copy.size());
    } else if constexpr (std::is_same_v<T, sql_json>) {
      bind_copy(index, value.text);
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

  [[gnu::cold]] void refuse(std::size_t index, const char* what);

  std::vector<MYSQL_BIND> binds_;
  std::vector<extra> extras_;
  std::size_t next_ = 0;
  const char* refused_ = nullptr;
  std::size_t refused_index_ = 0;
};

/// A statement's binding code, `bind(param_binds&)`: what executes a statement and steps through its
/// rows takes it by reference, so that code is compiled once, not once per statement type.
using bind_values_ref = detail::call_ref<void(param_binds&)>;

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
  } else if constexpr (custom_value<T>) {
    return packet_bytes(to_stored_value(value));
  } else if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view> ||
                       std::is_same_v<T, blob>) {
    return type_and_null + 9 + value.size();
  } else if constexpr (std::is_same_v<T, const char*> || std::is_same_v<T, char*>) {
    return type_and_null + 9 + std::strlen(value);
  } else if constexpr (std::is_same_v<T, sql_uuid> || is_sql_numeric<T>) {
    return type_and_null + 9 + 42;  // 36 characters; a sign, 38 digits and a point
  } else if constexpr (std::is_same_v<T, sql_json>) {
    return type_and_null + 9 + value.text.size();
  } else {
    return type_and_null + 12;  // numbers take at most 8, dates and times at most 12
  }
}

}  // namespace ctql::mysql_detail
