// libFuzzer target: ctql::mysql_detail::parse_url (the URL ctql::mysql::connect takes) never crashes
// and never shows the password in an error message.
//
// The input's first byte picks a scheme and a layout; the rest is split at the first NUL into a part A
// and a part B, and the URL is built around the marker password (fuzz_support.hpp):
//   layout 0: scheme + A B                    no password: crashes and sanitizer reports only
//   layout 1: scheme + A ":" marker B         the password after "user:" (with no '@' in B, the
//                                             `mysql://app:hunter2/db` a user may write)
//   layout 2: scheme + A ":" encoded B        the same with a percent-encoded password
//   layout 3: scheme + A "?password=" marker B   a password given as an option
// In layouts 1 and 2, A may not hold '@', '/', '?', '#', '[' or ']'; in layout 3, '?' or '#'. Then the
// marker is what the user meant as the password, whatever B holds. The schemes include wrong ones (`mysql:/`, none), whose
// message must not show the password either.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <ctql/core/error.hpp>
#include <ctql/mysql/compiled_part.hpp>  // the helpers below, built here (CTQL_HEADER_ONLY)
#include <ctql/mysql/url.hpp>

#include "fuzz_support.hpp"

namespace {

constexpr std::string_view schemes[] = {"mysql://", "mariadb://", "mysql:/", "mysql:",
                                        "mysql//",  "",           "MYSQL://", "postgresql://"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::string_view scheme = schemes[data[0] % std::size(schemes)];
  const unsigned layout = (data[0] / std::size(schemes)) % 4;

  const std::size_t split = input.find('\0');
  const std::string_view a = input.substr(0, split);
  const std::string_view b = split == std::string_view::npos ? std::string_view{} : input.substr(split + 1);
  if (layout != 0 && a.find_first_of(layout == 3 ? "?#" : "@/?#[]") != std::string_view::npos) return 0;

  std::string url(scheme);
  url += a;
  // A message may show the fuzzer's own text: skip inputs that spell part of the marker themselves
  // (A and B meet in layout 0; elsewhere the marker lies between them).
  if (layout == 0 ? fuzz::spells_marker(url + std::string(b)) : fuzz::spells_marker(url) || fuzz::spells_marker(b))
    return 0;
  switch (layout) {
    case 0: break;
    case 1: url += ':', url += fuzz::marker; break;
    case 2: url += ':', url += fuzz::marker_encoded; break;
    default: url += "?password=", url += fuzz::marker; break;
  }
  url += b;

  try {
    const auto parts = ctql::mysql_detail::parse_url(url);
    // Accepted: the password may be only in `password`; the other parts appear in later messages
    // (a failed connect names the host and the database).
    for (const std::string* shown : {&parts.user, &parts.host, &parts.database, &parts.unix_socket, &parts.charset})
      if (fuzz::holds_marker_piece(*shown)) fuzz::finding("the password went into a part that messages show", url, *shown);
  } catch (const ctql::error& e) {
    fuzz::check_no_marker(e, url);
  }
  return 0;
}
