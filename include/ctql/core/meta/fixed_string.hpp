#pragma once
// A string usable as a template argument: table, column and alias names live in types.
#include <cstddef>
#include <string_view>

namespace ctql {

/// `template <ctql::fixed_string Name> struct named {};  named<"users">`
template <std::size_t N>
struct fixed_string {
  char chars[N]{};  // includes the terminating NUL

  constexpr fixed_string(const char (&text)[N]) {
    for (std::size_t i = 0; i < N; ++i) chars[i] = text[i];
  }
  constexpr std::string_view view() const { return {chars, N - 1}; }
  constexpr std::size_t size() const { return N - 1; }

  template <std::size_t M>
  constexpr bool operator==(const fixed_string<M>& other) const {
    return view() == other.view();
  }
};

}  // namespace ctql
