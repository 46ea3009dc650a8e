#pragma once
// A statement's own copy of text it was given by reference: a std::string lvalue, a const char*,
// a char array. Short text (names, codes, emails, patterns) is kept inline, so that owning it
// costs a few bytes copied rather than an allocation on every statement built.
#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>

#include "ctql/core/error.hpp"

namespace ctql::detail {

/// The text of a C string; a null pointer is refused (NULL is std::nullopt).
inline std::string_view c_string_text(const char* text) {
  if (text == nullptr) throw error("a null const char* was given as a value; pass std::nullopt for NULL");
  return text;
}
/// The text of a char array, up to its first NUL but never past its end (a buffer need not hold one).
template <std::size_t N>
std::string_view char_array_text(const char (&chars)[N]) {
  const void* nul = std::memchr(chars, '\0', N);
  return {chars, nul != nullptr ? static_cast<std::size_t>(static_cast<const char*>(nul) - chars) : N};
}

class text_copy {
 public:
  static constexpr std::size_t inline_capacity = 48;

  explicit text_copy(std::string_view text) : size_(text.size()) {
    char* to = inline_;
    if (size_ > inline_capacity) {
      heap_.reset(new char[size_]);
      to = heap_.get();
    }
    if (size_ != 0) std::memcpy(to, text.data(), size_);
  }
  explicit text_copy(const char* text) : text_copy(c_string_text(text)) {}
  template <std::size_t N>
  explicit text_copy(const char (&chars)[N]) : text_copy(char_array_text(chars)) {}
  text_copy(const text_copy& other) : text_copy(other.view()) {}
  text_copy(text_copy&&) noexcept = default;
  text_copy& operator=(const text_copy& other) { return *this = text_copy(other); }
  text_copy& operator=(text_copy&&) noexcept = default;
  ~text_copy() = default;

  std::string_view view() const noexcept { return {heap_ ? heap_.get() : inline_, size_}; }

 private:
  std::size_t size_;
  std::unique_ptr<char[]> heap_;  // only for text longer than inline_capacity
  char inline_[inline_capacity];
};

}  // namespace ctql::detail
