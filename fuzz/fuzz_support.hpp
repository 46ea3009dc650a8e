#pragma once
// What every ctql fuzz target shares: the marker password, the "did a message leak it" check, and
// finding(), which prints what was wrong and aborts so that libFuzzer keeps the input.
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <ctql/core/error.hpp>

namespace fuzz {

/// The password the targets put into URLs. Its 16 characters are all different, so a piece of three of
/// them cannot be made of the end of other text and the start of the marker, and no message of ctql
/// holds such a piece by chance.
inline constexpr std::string_view marker = "Q7vK2xJ9wR4zT8mB";
/// The marker with two of its characters percent-encoded ("2" is %32, "w" is %77), as a user who
/// encodes everything would write it: a message must not show the decoded password either.
inline constexpr std::string_view marker_encoded = "Q7vK%32xJ9%77R4zT8mB";

/// Whether `text` holds three consecutive characters of the marker: echoing part of a password is a
/// leak too.
inline bool holds_marker_piece(std::string_view text) {
  for (std::size_t i = 0; i + 3 <= marker.size(); ++i)
    if (text.find(marker.substr(i, 3)) != std::string_view::npos) return true;
  return false;
}

/// `text` with every %hh decoded (anything else kept), for checking what a parser may decode.
inline std::string percent_decoded(std::string_view text) {
  auto hex = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
      out += static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

/// Whether the fuzzer wrote (part of) the marker itself, raw or percent-encoded: then a message showing
/// it echoes the fuzzer's text, not the password, and the input is skipped.
inline bool spells_marker(std::string_view fuzz_text) {
  return holds_marker_piece(fuzz_text) || holds_marker_piece(percent_decoded(fuzz_text));
}

/// A finding: say what and on which input, then abort (libFuzzer saves the input as crash-<hash>).
[[noreturn]] inline void finding(std::string_view what, std::string_view input, std::string_view message = {}) {
  std::fprintf(stderr, "\n*** ctql fuzz finding: %.*s\n*** input:   '%.*s'\n*** message: '%.*s'\n",
               static_cast<int>(what.size()), what.data(), static_cast<int>(input.size()), input.data(),
               static_cast<int>(message.size()), message.data());
  std::abort();
}

/// Every text a ctql::error carries must be free of the marker.
inline void check_no_marker(const ctql::error& e, std::string_view input) {
  for (std::string_view field : {std::string_view(e.what()), std::string_view(e.sql()),
                                 std::string_view(e.database_message()), std::string_view(e.sqlstate())})
    if (holds_marker_piece(field)) finding("the password (or part of it) is in an error message", input, e.what());
}

}  // namespace fuzz
