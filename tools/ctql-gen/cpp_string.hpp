#pragma once
// A C++ string literal for generated code: what ctql-gen writes for names and literals alike.
#include <string>
#include <string_view>

namespace gen {

/// A C++ string literal holding `s` exactly (UTF-8 bytes as they are; quotes, backslashes and
/// control characters escaped).
inline std::string cpp_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20 || u == 0x7f) {
      const char* digits = "01234567";
      out += '\\';
      out += digits[(u >> 6) & 7];
      out += digits[(u >> 3) & 7];
      out += digits[u & 7];
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace gen
