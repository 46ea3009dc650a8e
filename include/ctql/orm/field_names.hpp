#pragma once
// A struct's field names, read at compile time: a pointer to a field of an object that is declared
// and never constructed, given as a template argument, shows in __PRETTY_FUNCTION__ with the field's
// name: `&fake_object<User>.fake_storage<User>::value.User::email` (g++ 12), `&fake_object.value.email` (clang 14).
#include <cstddef>
#include <string_view>
#include <tuple>
#include <type_traits>

#include "ctql/orm/field_ties.hpp"

namespace ctql::orm_detail {

/// Storage for a T that is never constructed: only the addresses of its fields are taken, in
/// constant expressions. A union with a literal member is a literal type whatever T is, and, being
/// defined, it serves structs of an anonymous namespace too (an undefined extern object cannot).
template <class T>
union fake_storage {
  char none;
  T value;
  constexpr fake_storage() : none() {}
  constexpr ~fake_storage() {}
};
template <class T>
inline constexpr fake_storage<T> fake_object{};

/// A pointer in a class, which both compilers take as a template argument and print as `{&...}`.
template <class F>
struct field_pointer {
  const F* pointer;
};

template <auto Pointer>
constexpr std::string_view pretty_name_of() {
  return __PRETTY_FUNCTION__;
}

/// The I-th of T's N fields, by name: the identifier before the pointer's closing `)}` (g++) or `}` (clang).
template <class T, std::size_t I, class N>
consteval std::string_view member_name_of() {
  constexpr auto& member = std::get<I>(tie_fields(fake_object<T>.value, N{}));
  using F = std::remove_cvref_t<decltype(member)>;
  constexpr std::string_view text = pretty_name_of<field_pointer<F>{&member}>();
  constexpr std::size_t at = text.rfind("fake_object");
  constexpr std::size_t end = [&] {
    const std::size_t gcc = text.find(")}", at);
    return gcc != std::string_view::npos ? gcc : text.find('}', at);
  }();
  constexpr std::size_t start = text.find_last_of(".:", end) + 1;
  return text.substr(start, end - start);
}

}  // namespace ctql::orm_detail
