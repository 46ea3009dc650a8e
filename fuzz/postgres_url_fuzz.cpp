// libFuzzer target: PostgreSQL connection-string checking (no network). Whatever the input, checking
// it must not crash, and no message may show the password: the input is put around a marker password
// in three positions (URI userinfo, URI query, key=value), and any error text holding the marker aborts.
//   clang++-14 -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -I include -I/usr/include/postgresql \
//     fuzz/postgres_url_fuzz.cpp -lpq -o postgres_url_fuzz && ./postgres_url_fuzz fuzz/corpus/postgres_url_fuzz
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "ctql/postgres/compiled_part.hpp"  // checked_connection_string, built here (CTQL_HEADER_ONLY)
#include "ctql/postgres/connection_string.hpp"

namespace {
constexpr std::string_view marker = "zQ9markerPW7";

void check(const std::string& text) {
  try {
    const ctql::postgres_detail::connection_settings settings = ctql::postgres_detail::checked_connection_string(text);
    // Accepted: the password libpq read is scrubbed from any message that quotes it.
    for (std::size_t i = 0; i < settings.keywords.size(); ++i)
      if (settings.keywords[i] == "password" && settings.scrubbed(settings.values[i]).find(marker) != std::string::npos) {
        std::fprintf(stderr, "password not scrubbed for: %s\n", text.c_str());
        std::abort();
      }
  } catch (const ctql::error& e) {
    for (std::string_view part : {std::string_view(e.what()), std::string_view(e.sql()),
                                  std::string_view(e.database_message()), std::string_view(e.sqlstate())})
      if (part.find(marker) != std::string_view::npos) {
        std::fprintf(stderr, "password shown for: %s\nmessage: %s\n", text.c_str(), e.what());
        std::abort();
      }
  }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  // The input may hold the marker itself (libFuzzer learns it): then it proves nothing.
  if (input.find(marker.substr(0, 4)) != std::string::npos) return 0;
  // The input before and after the password: split at its first '\1' (else all of it after).
  const std::size_t split = input.find('\1');
  const std::string head = split == std::string::npos ? std::string() : input.substr(0, split);
  const std::string tail = split == std::string::npos ? input : input.substr(split + 1);
  const std::string pw(marker);
  check("postgresql://" + head + ":" + pw + tail);              // userinfo (or, with no '@', the port)
  check("postgresql://" + head + "?password=" + pw + tail);     // URI query
  check(head + " password=" + pw + tail);                       // key=value
  check(head + " password='" + pw + tail);                      // quoted
  check(input);                                                  // the input alone: no crash
  return 0;
}
