#pragma once
// The stored types that are SQL types of their own: what a ctql::value_traits type may be stored as
// besides bool, the integers, floating point, std::string, blob, date, timestamp and time_of_day.
// Each connector binds and reads each of them natively (one branch per form, whatever C++ type is
// stored as it), and each has its column type per dialect (core/ddl/column_type.hpp). ctql::uuid,
// ctql::decimal<P, S> and ctql::json are value_traits types stored as these, as your own can be.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace ctql {

namespace detail {
__extension__ typedef __int128 int128;  // 38 digits; -Wpedantic knows no __int128 without __extension__

constexpr int128 pow10(int n) {
  int128 p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

/// The digits of |v| (v's magnitude below 10^38).
inline std::string int128_digits(int128 v) {
  if (v < 0) v = -v;
  std::string s;
  do {
    s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  } while (v != 0);
  return s;
}

/// '-1234.50' for 123450 units of 10^-2: a sign if negative, the whole part, exactly S decimals.
template <int S>
std::string decimal_text(int128 units) {
  std::string digits = int128_digits(units);
  if (digits.size() <= static_cast<std::size_t>(S)) digits.insert(0, static_cast<std::size_t>(S) + 1 - digits.size(), '0');
  if constexpr (S > 0) digits.insert(digits.size() - static_cast<std::size_t>(S), 1, '.');
  return units < 0 ? "-" + digits : digits;
}

/// The units of 10^-S the text denotes: an optional sign, digits, optionally '.' and digits; at
/// most P - S digits before the point, no nonzero digit past S decimals (never rounded); or nothing.
template <int P, int S>
constexpr std::optional<int128> parse_decimal_units(std::string_view s) {
  bool negative = false;
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
    negative = s.front() == '-';
    s.remove_prefix(1);
  }
  const std::size_t point = s.find('.');
  const std::string_view whole = s.substr(0, point);
  const std::string_view fraction = point == std::string_view::npos ? std::string_view{} : s.substr(point + 1);
  if (whole.empty() && fraction.empty()) return std::nullopt;
  if (point != std::string_view::npos && fraction.empty()) return std::nullopt;  // "5." is no number
  int128 units = 0;
  int digits = 0;  // significant digits before the point
  for (char c : whole) {
    if (c < '0' || c > '9') return std::nullopt;
    if (digits == 0 && c == '0') continue;  // leading zeros
    if (++digits > P - S) return std::nullopt;
    units = units * 10 + (c - '0');
  }
  for (std::size_t i = 0; i < fraction.size(); ++i) {
    const char c = fraction[i];
    if (c < '0' || c > '9') return std::nullopt;
    if (static_cast<int>(i) < S) units = units * 10 + (c - '0');
    else if (c != '0') return std::nullopt;  // a digit S cannot hold: never rounded
  }
  for (int i = static_cast<int>(fraction.size() < static_cast<std::size_t>(S) ? fraction.size() : static_cast<std::size_t>(S));
       i < S; ++i)
    units *= 10;
  return negative ? -units : units;  // -0.00 is 0
}

constexpr int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
}  // namespace detail

/// A UUID's 16 bytes, stored as the database's UUID: UUID on PostgreSQL (binary) and MariaDB, its
/// 36-character text in MySQL's CHAR(36), a 16-byte BLOB with CHECK (length(x) = 16) on SQLite.
struct sql_uuid {
  std::array<std::uint8_t, 16> bytes{};

  /// From 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx' (either case), or nothing.
  static constexpr std::optional<sql_uuid> parse(std::string_view s) {
    if (s.size() != 36) return std::nullopt;
    sql_uuid u;
    std::size_t b = 0;
    for (std::size_t i = 0; i < 36;) {
      if (i == 8 || i == 13 || i == 18 || i == 23) {
        if (s[i] != '-') return std::nullopt;
        ++i;
        continue;
      }
      const int hi = detail::hex_value(s[i]);
      const int lo = detail::hex_value(s[i + 1]);
      if (hi < 0 || lo < 0) return std::nullopt;
      u.bytes[b++] = static_cast<std::uint8_t>(hi * 16 + lo);
      i += 2;
    }
    return u;
  }
  /// From 16 bytes, or nothing if there are not 16.
  static constexpr std::optional<sql_uuid> from_bytes(const std::uint8_t* data, std::size_t size) {
    if (size != 16) return std::nullopt;
    sql_uuid u;
    for (std::size_t i = 0; i < 16; ++i) u.bytes[i] = data[i];
    return u;
  }
  /// 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', lowercase.
  std::string text() const {
    static constexpr char digits[] = "0123456789abcdef";
    std::string s;
    s.reserve(36);
    for (std::size_t i = 0; i < 16; ++i) {
      if (i == 4 || i == 6 || i == 8 || i == 10) s += '-';
      s += digits[bytes[i] >> 4];
      s += digits[bytes[i] & 15];
    }
    return s;
  }
};

/// An exact number of P digits, S of them after the point, as its units of 10^-S: NUMERIC(P, S)
/// on PostgreSQL, DECIMAL(P, S) on MySQL and MariaDB (both sent and read as exact digits), an
/// INTEGER of the units with CHECK (x BETWEEN -(10^P - 1) AND 10^P - 1) on SQLite (P <= 18 there).
/// A connector refuses a value of more than P digits when it reads one.
template <int P, int S>
struct sql_numeric {
  static constexpr int precision = P;
  static constexpr int scale = S;
  detail::int128 units = 0;

  std::string text() const { return detail::decimal_text<S>(units); }
};

/// JSON text: JSONB on PostgreSQL (sent and read as binary jsonb; json is read too), JSON on MySQL
/// and MariaDB, TEXT with CHECK (json_valid(x)) on SQLite. The text is not checked here: the
/// value_traits type's from_stored checks what it reads back.
struct sql_json {
  std::string text;
  friend bool operator==(const sql_json&, const sql_json&) = default;
};

template <class T>
inline constexpr bool is_sql_numeric = false;
template <int P, int S>
inline constexpr bool is_sql_numeric<sql_numeric<P, S>> = true;

/// Whether T is one of the forms above.
template <class T>
inline constexpr bool is_sql_form =
    std::is_same_v<T, sql_uuid> || std::is_same_v<T, sql_json> || is_sql_numeric<T>;

}  // namespace ctql
