#pragma once
// Enums stored as text: ctql::enum_names<E> lists the names once, in the order of the enumerators'
// values 0, 1, 2, ...; the enum is then a value_traits type stored as std::string, so it compares
// only with itself, and a name read back that is not in the list raises ctql::error.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "ctql/core/error.hpp"
#include "ctql/core/meta/distinct_names.hpp"
#include "ctql/core/schema/value_traits.hpp"

namespace ctql {

namespace detail {
struct no_enum_names {};
}  // namespace detail

/// The SQL text of each enumerator, the one for value i at index i:
/// `template <> inline constexpr auto ctql::enum_names<color> = std::array<std::string_view, 3>{"red", "green", "blue"};`
template <class E>
inline constexpr auto enum_names = detail::no_enum_names{};

/// An enum whose names ctql::enum_names gives.
template <class E>
concept named_enum = std::is_enum_v<E> && !std::is_same_v<std::remove_cv_t<decltype(enum_names<E>)>,
                                                          detail::no_enum_names>;

namespace detail {
template <class E>
constexpr bool enum_names_are_distinct() {
  constexpr auto& names = enum_names<E>;
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i].empty()) return false;
  return no_name_twice(names.data(), names.size());
}
}  // namespace detail

template <named_enum E>
struct value_traits<E> {
  static_assert(detail::enum_names_are_distinct<E>(),
                "ctql: enum_names<E> must list distinct, non-empty names, one per enumerator value 0, 1, 2, ...");
  using stored_type = std::string;
  static std::string to_stored(E e) {
    const auto i = static_cast<std::underlying_type_t<E>>(e);
    if (!std::in_range<std::size_t>(i) || static_cast<std::size_t>(i) >= enum_names<E>.size())
      throw error("the enum value " + std::to_string(+i) + " has no name in ctql::enum_names (it lists " +
                  std::to_string(enum_names<E>.size()) + "); add its name there");
    return std::string(enum_names<E>[static_cast<std::size_t>(i)]);
  }
  static E from_stored(const std::string& text) {
    for (std::size_t i = 0; i < enum_names<E>.size(); ++i)
      if (enum_names<E>[i] == text) return static_cast<E>(i);
    throw error("the text '" + text + "' is not a name in ctql::enum_names of the column's enum");
  }
};

}  // namespace ctql
