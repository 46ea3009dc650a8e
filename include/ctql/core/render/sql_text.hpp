#pragma once
// Where rendered SQL goes: a length counter and a fixed buffer (both usable at compile time),
// or a std::string at run time.
#include <cstddef>
#include <string>
#include <string_view>

namespace ctql {

/// Counts characters; the first pass of compile-time rendering sizes the buffer with it.
struct length_sink {
  std::size_t length = 0;
  constexpr void append(std::string_view text) { length += text.size(); }
};

/// A compile-time SQL string of exactly N characters.
template <std::size_t N>
struct static_text {
  char chars[N + 1]{};
  std::size_t length = 0;
  constexpr void append(std::string_view text) {
    for (char c : text) chars[length++] = c;
  }
  constexpr std::string_view view() const { return {chars, length}; }
};

/// Appends to a std::string at run time (statements with runtime-sized parts).
struct string_sink {
  std::string* out;
  void append(std::string_view text) { out->append(text); }
};

}  // namespace ctql
