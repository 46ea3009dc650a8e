#pragma once
// Binding C++ values to PostgreSQL parameters, in binary format. Each parameter is sent with the
// type OID of its C++ type (so `SELECT $1` and `CASE ... THEN $2` need no casts); a value the
// type cannot hold raises ctql::error before the statement is sent.
#include <libpq-fe.h>

#include <bit>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "ctql/core/error.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/schema/sql_forms.hpp"
#include "ctql/core/schema/value_types.hpp"
#include "ctql/postgres/type_oids.hpp"

namespace ctql::postgres_detail {

/// The parameter type a C++ value is sent as. Unsigned types take the next wider signed type,
/// as in ctql's DDL (uint64 is NUMERIC).
template <class T>
constexpr Oid parameter_type() {
  using U = strip_optional_t<T>;
  if constexpr (custom_value<U>) return parameter_type<stored_type_t<U>>();
  else if constexpr (std::is_same_v<U, bool>) return oid::boolean;
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
  else if constexpr (std::is_same_v<U, time_of_day>) return oid::time;
  else if constexpr (std::is_same_v<U, sql_uuid>) return oid::uuid;
  else if constexpr (is_sql_numeric<U>) return oid::numeric;
  else if constexpr (std::is_same_v<U, sql_json>) return oid::jsonb;
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
      if (!std::in_range<T>(a)) {
        if constexpr (std::is_signed_v<A>) throw_argument_out_of_range(static_cast<std::int64_t>(a));
        else throw_argument_out_of_range(static_cast<std::uint64_t>(a));
      }
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
    } else if constexpr (custom_value<T>) {
      put<true>(i, to_stored_value(value));  // a temporary: copied
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
    } else if constexpr (std::is_same_v<T, time_of_day>) {
      put_big_endian(i, static_cast<std::uint64_t>(value.since_midnight().count()));  // microseconds since midnight
    } else if constexpr (std::is_same_v<T, sql_uuid>) {
      encoded(i, reinterpret_cast<const char*>(value.bytes.data()), 16);  // binary uuid: its 16 bytes
    } else if constexpr (is_sql_numeric<T>) {
      // NUMERIC in text format (NUL-terminated, as libpq reads text parameters): exact.
      const std::string digits = value.text();
      encoded(i, digits.c_str(), digits.size() + 1);
      formats_[i] = 0;
    } else if constexpr (std::is_same_v<T, sql_json>) {
      // Binary jsonb: version 1, then the text (PostgreSQL checks it).
      std::string bytes(1, '\x01');
      bytes += value.text;
      encoded(i, bytes.data(), bytes.size());
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
    if (!std::in_range<int>(length)) [[unlikely]] throw_too_long(length);
    values_[i] = data;
    lengths_[i] = static_cast<int>(length);
    offsets_[i] = no_offset;
  }
  void encoded(std::size_t i, const char* data, std::size_t length) {
    if (!std::in_range<int>(length)) [[unlikely]] throw_too_long(length);
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
  // The error paths, out of line (compiled_part.hpp).
  [[noreturn, gnu::cold]] static void throw_unrepresentable(const char* what);
  [[noreturn, gnu::cold]] static void throw_too_long(std::size_t length);
  [[noreturn, gnu::cold]] static void throw_argument_out_of_range(std::int64_t value);
  [[noreturn, gnu::cold]] static void throw_argument_out_of_range(std::uint64_t value);

  std::vector<Oid> types_;
  std::vector<const char*> values_;
  std::vector<int> lengths_;
  std::vector<int> formats_;
  std::vector<std::size_t> offsets_;
  std::string arena_;
};

}  // namespace ctql::postgres_detail
