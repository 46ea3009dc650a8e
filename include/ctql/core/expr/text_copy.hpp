#pragma once
// A statement's own copy of text it was given by reference: a std::string lvalue, a const char*,
// a char array. Short text (names, codes, emails, patterns) is kept inline, so that owning it
// costs a few bytes copied rather than an allocation on every statement built.
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#include "ctql/core/error.hpp"

namespace ctql::detail {

class text_copy {
 public:
  static constexpr std::size_t inline_capacity = 47;

  explicit text_copy(std::string_view text) : size_(text.size()) {
    if (size_ <= inline_capacity) {
      if (size_ != 0) std::memcpy(inline_, text.data(), size_);
    } else {
      heap_.assign(text);
    }
  }
  explicit text_copy(const char* text) : text_copy(checked(text)) {}
  /// The characters of a char array, up to its first NUL but never past its end.
  template <std::size_t N>
  explicit text_copy(const char (&chars)[N]) : text_copy(std::string_view(chars, bounded_length(chars))) {}

  std::string_view view() const noexcept {
    return size_ <= inline_capacity ? std::string_view(inline_, size_) : std::string_view(heap_);
  }

 private:
  static std::string_view checked(const char* text) {
    if (text == nullptr) throw error("a null const char* was given as a value; pass std::nullopt for NULL");
    return text;
  }
  template <std::size_t N>
  static std::size_t bounded_length(const char (&chars)[N]) {
    const void* nul = std::memchr(chars, '\0', N);
    return nul != nullptr ? static_cast<std::size_t>(static_cast<const char*>(nul) - chars) : N;
  }

  std::size_t size_;
  char inline_[inline_capacity];
  std::string heap_;
};

}  // namespace ctql::detail
