#pragma once
// Column options: `column<"name", std::string, ctql::max_length<50>, ctql::unique>`.
#include <bit>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <type_traits>

#include "ctql/core/schema/value_types.hpp"

namespace ctql {

/// The column is the table's primary key; an integer key is assigned by the database.
struct primary_key {};
/// No two rows may hold the same value.
struct unique {};
/// A string of at most N characters: VARCHAR(N).
template <std::size_t N>
struct max_length {
  static_assert(N > 0, "ctql: max_length<N> needs N > 0");
  static constexpr std::size_t value = N;
};

/// A default as a template argument. Doubles are kept as their bits, because clang 14 does
/// not accept floating-point template arguments.
template <std::size_t N>
struct default_literal {
  enum class kind_t { integer, unsigned_integer, floating, boolean, text };
  kind_t kind{};
  std::int64_t integer = 0;
  std::uint64_t bits = 0;  // unsigned value, or a double's bit pattern
  char text[N]{};

  template <std::integral I>
  constexpr default_literal(I v) {
    if constexpr (std::is_same_v<I, bool>) {
      kind = kind_t::boolean;
      integer = v ? 1 : 0;
    } else if constexpr (std::is_unsigned_v<I>) {
      kind = kind_t::unsigned_integer;
      bits = v;
    } else {
      kind = kind_t::integer;
      integer = v;
    }
  }
  constexpr default_literal(double v) : kind(kind_t::floating), bits(std::bit_cast<std::uint64_t>(v)) {}
  constexpr default_literal(const char (&s)[N]) : kind(kind_t::text) {
    for (std::size_t i = 0; i < N; ++i) text[i] = s[i];
  }
};
template <std::integral I>
default_literal(I) -> default_literal<1>;
default_literal(double) -> default_literal<1>;
default_literal(float) -> default_literal<1>;
template <std::size_t N>
default_literal(const char (&)[N]) -> default_literal<N>;

/// The column may be omitted on insert and gets V: `ctql::default_value<0>`,
/// `ctql::default_value<2.5>`, `ctql::default_value<"guest">`.
template <default_literal V>
struct default_value {
  static constexpr auto value = V;
};

/// A foreign key: `column<"user_id", std::int64_t, ctql::references<&users_t::id>>`.
template <auto Column>
struct references;

template <class Class, class Column, Column Class::*Member>
struct references<Member> {
  using column = Column;
};

namespace detail {
template <class T>
inline constexpr bool is_default_value = false;
template <auto V>
inline constexpr bool is_default_value<default_value<V>> = true;
template <class T>
inline constexpr bool is_max_length = false;
template <std::size_t N>
inline constexpr bool is_max_length<max_length<N>> = true;
template <class T>
inline constexpr bool is_references = false;
template <auto C>
inline constexpr bool is_references<references<C>> = true;

template <class T>
concept column_option = std::is_same_v<T, primary_key> || std::is_same_v<T, unique> ||
                        is_default_value<T> || is_max_length<T> || is_references<T>;

/// The first option satisfying Pred, or void.
template <template <class> class Pred, class... Options>
struct find_option {
  using type = void;
};
template <template <class> class Pred, class First, class... Rest>
struct find_option<Pred, First, Rest...>
    : std::conditional_t<Pred<First>::value, std::type_identity<First>, find_option<Pred, Rest...>> {};

template <class T>
struct is_default_pred : std::bool_constant<is_default_value<T>> {};

/// Whether a column of type T may have the default Option (void: none).
template <class T, class Option>
constexpr bool default_fits() {
  if constexpr (std::is_void_v<Option>) {
    return true;
  } else {
    using kind = typename decltype(Option::value)::kind_t;
    constexpr auto k = Option::value.kind;
    constexpr category c = category_of<T>();
    if constexpr (c == category::boolean) return k == kind::boolean;
    else if constexpr (c == category::integral) return k == kind::integer || k == kind::unsigned_integer;
    else if constexpr (c == category::floating) return k == kind::integer || k == kind::unsigned_integer || k == kind::floating;
    else if constexpr (c == category::text) return k == kind::text;
    else return false;
  }
}
/// Whether a column of type T may reference the column Option names (void: none).
template <class T, class Option>
constexpr bool reference_fits() {
  if constexpr (std::is_void_v<Option>) return true;
  else return category_of<T>() == category_of<typename Option::column::value_type>() &&
              values_comparable<T, typename Option::column::value_type>();
}
template <class T>
struct is_max_length_pred : std::bool_constant<is_max_length<T>> {};
template <class T>
struct is_references_pred : std::bool_constant<is_references<T>> {};
}  // namespace detail

}  // namespace ctql
