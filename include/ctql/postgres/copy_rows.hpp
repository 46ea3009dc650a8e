#pragma once
// Rows for COPY ... FROM STDIN in text format, the fastest way into a PostgreSQL table (twice
// as fast as multi-row INSERTs here). Each value is written as the text its SQL type reads back
// exactly: shortest round-trip floats, ISO dates and timestamps, hex bytea, \N for NULL; the
// server converts the text to each column's own type, as it does for a literal.
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

#include "ctql/core/expr/value.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/run/chrono_text.hpp"
#include "ctql/core/schema/sql_forms.hpp"
#include "ctql/core/schema/value_types.hpp"

namespace ctql::postgres_detail {

/// Appends rows, one visited value at a time, to `out`: `begin_row(); visit values; end_row();`.
class copy_encoder {
 public:
  explicit copy_encoder(std::string& out, int key_column = -1) : out_(&out), key_column_(key_column) {}

  void begin_row() noexcept { column_ = 0; }
  void end_row() { *out_ += '\n'; }

  template <class V>
  void operator()(const V& v) {
    if (column_++ != 0) *out_ += '\t';
    if constexpr (std::is_integral_v<V> && !std::is_same_v<V, bool>) {
      if (column_ - 1 == key_column_) last_key_ = static_cast<std::int64_t>(v);
    }
    field(v);
  }
  template <class V>
  void operator()(bound_copy<V> v) {
    (*this)(v.value);  // written out at once: a temporary needs no copy
  }

  /// The value of the key column in the last row written (when the rows give the key).
  std::int64_t last_key() const noexcept { return last_key_; }

 private:
  template <class V>
  void field(const V& v) {
    if constexpr (is_optional_v<V>) {
      if (v) field(*v);
      else *out_ += "\\N";
    } else if constexpr (custom_value<V>) {
      field(to_stored_value(v));
    } else if constexpr (std::is_same_v<V, bool>) {
      *out_ += v ? 't' : 'f';
    } else if constexpr (std::is_integral_v<V>) {
      char digits[24];
      out_->append(digits, std::to_chars(digits, digits + sizeof digits, v).ptr);
    } else if constexpr (std::is_floating_point_v<V>) {
      if (std::isnan(v)) {
        *out_ += "NaN";
      } else if (std::isinf(v)) {
        *out_ += v > 0 ? "Infinity" : "-Infinity";
      } else {
        // Shortest text that reads back as the same value (a float as a float).
        using shortest = std::conditional_t<std::is_same_v<V, float>, float, double>;
        char digits[32];
        out_->append(digits, std::to_chars(digits, digits + sizeof digits, static_cast<shortest>(v)).ptr);
      }
    } else if constexpr (category_of<V>() == category::text) {
      text(std::string_view(v));
    } else if constexpr (std::is_same_v<V, blob>) {
      static constexpr char hex[] = "0123456789abcdef";
      *out_ += "\\\\x";  // bytea's \x prefix, its backslash escaped for COPY
      for (std::byte b : v) {
        *out_ += hex[std::to_integer<unsigned>(b) >> 4];
        *out_ += hex[std::to_integer<unsigned>(b) & 15];
      }
    } else if constexpr (std::is_same_v<V, date> || std::is_same_v<V, timestamp>) {
      *out_ += to_text(v).view();
    } else if constexpr (std::is_same_v<V, time_of_day>) {
      *out_ += to_string(v);
    } else if constexpr (std::is_same_v<V, sql_uuid> || is_sql_numeric<V>) {
      *out_ += v.text();
    } else if constexpr (std::is_same_v<V, sql_json>) {
      text(v.text);
    } else {
      static_assert(always_false<V>, "ctql: this type cannot be written to a PostgreSQL COPY");
    }
  }
  /// COPY's text format escapes the backslash and the characters that end fields and rows.
  void text(std::string_view s) {
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      const char* escaped = c == '\\' ? "\\\\" : c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : nullptr;
      if (escaped == nullptr) continue;
      out_->append(s.substr(start, i - start));
      *out_ += escaped;
      start = i + 1;
    }
    out_->append(s.substr(start));
  }

  std::string* out_;
  int column_ = 0;
  int key_column_;
  std::int64_t last_key_ = 0;
};

}  // namespace ctql::postgres_detail
