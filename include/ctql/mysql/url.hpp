#pragma once
// mysql://user:password@host:port/database?unix_socket=...&charset=...: what ctql::mysql::connect
// takes, parsed strictly (a malformed URL raises ctql::error saying what is wrong; the password
// is never echoed, nor anything that may be one). Pure C++: no client library header.
#include <charconv>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include "ctql/core/error.hpp"

namespace ctql::mysql_detail {

/// What a mysql:// URL names. Empty user, password or database: not given.
struct url_parts {
  std::string user;
  std::string password;
  std::string host;  // "localhost" when only a unix_socket is given
  unsigned port = 3306;
  std::string database;
  std::string unix_socket;
  std::string charset = "utf8mb4";
  unsigned connect_timeout = 10;  // seconds; 0 waits forever
  unsigned read_timeout = 300;
  unsigned write_timeout = 300;
  std::optional<unsigned long> max_allowed_packet;  // the client's limit, if lower than the server's
};

namespace url_text {
inline constexpr std::string_view options_known =
    "unix_socket, charset, connect_timeout, read_timeout, write_timeout, max_allowed_packet";

inline bool is_unreserved(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}
inline bool is_sub_delim(char c) { return std::string_view("!$&'()*+,;=").find(c) != std::string_view::npos; }
inline int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// The length of the URL's scheme with its "://" (mysql:// or mariadb://), 0 if it has neither.
inline std::size_t scheme_length(std::string_view url) {
  for (std::string_view scheme : {std::string_view("mysql://"), std::string_view("mariadb://")})
    if (url.starts_with(scheme)) return scheme.size();
  return 0;
}

/// The URL as it may appear in a message, or "" when it must not appear at all. All before the
/// last '@' is hidden, user name too (a password whose ':' was left out joins the user name):
/// mysql://***@host/db. With no '@', all after the first ':' (a URL missing its '@' has the
/// password where the port goes). Without a scheme nothing tells where a password is: not shown.
inline std::string redacted(std::string_view url) {
  const std::size_t start = scheme_length(url);
  if (start == 0) return {};
  // Option values are not shown either: a password given as `?password=...` (libpq's habit) is
  // an unknown option here, and the message must not repeat it.
  auto without_options = [](std::string shown, std::size_t from) {
    if (const std::size_t query = shown.find('?', from); query != std::string::npos) shown.replace(query, std::string::npos, "?...");
    return shown;
  };
  if (const std::size_t at = url.rfind('@'); at != std::string_view::npos && at >= start)
    return without_options(std::string(url.substr(0, start)) + "***" + std::string(url.substr(at)), start);
  // No '@': a password may follow the first ':' (user:password/db), or stand in the options.
  const std::size_t cut = url.find_first_of(":?", start);
  if (cut == std::string_view::npos) return std::string(url);
  return std::string(url.substr(0, cut)) + (url[cut] == ':' ? ":***" : "?...");
}

[[noreturn, gnu::cold]] inline void malformed(std::string_view url, std::string_view what) {
  const std::string shown = redacted(url);
  throw error("malformed MySQL URL" + (shown.empty() ? std::string() : " '" + shown + "'") + ": " + std::string(what) +
              " (expected mysql://user:password@host:port/database?option=value&...)");
}

/// Percent-decodes `part`; `name` says which part it is, `secret` keeps its text out of messages.
/// A query value may also hold '/', '?' and '@' as they are.
inline std::string decode(std::string_view url, std::string_view part, std::string_view name, bool secret,
                          bool query_value = false) {
  std::string out;
  out.reserve(part.size());
  for (std::size_t i = 0; i < part.size(); ++i) {
    const char c = part[i];
    if (c == '%') {
      const int high = i + 1 < part.size() ? hex_value(part[i + 1]) : -1;
      const int low = i + 2 < part.size() ? hex_value(part[i + 2]) : -1;
      if (high < 0 || low < 0) {
        if (secret) malformed(url, "the " + std::string(name) + " holds a '%' that is not followed by two hex digits");
        malformed(url, "the " + std::string(name) + " holds '" + std::string(part.substr(i, 3)) +
                           "', which is not a percent-escape (% and two hex digits)");
      }
      const char decoded = static_cast<char>(high * 16 + low);
      if (decoded == '\0') malformed(url, "the " + std::string(name) + " holds %00 (a NUL byte)");
      out += decoded;
      i += 2;
    } else if (is_unreserved(c) || is_sub_delim(c) || c == ':' ||
               (query_value && (c == '@' || c == '/' || c == '?'))) {
      out += c;
    } else {
      if (secret)
        malformed(url, "the " + std::string(name) + " holds a character that must be percent-encoded");
      malformed(url, "the " + std::string(name) + " holds '" + std::string(1, c) + "'; percent-encode it");
    }
  }
  return out;
}

/// A whole number from low to high; `shown`: whether the text may be quoted in a message.
inline unsigned long parse_number(std::string_view url, std::string_view text, std::string_view what,
                                  unsigned long low, unsigned long high, bool shown = true) {
  unsigned long value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc{} || end != text.data() + text.size() || value < low || value > high)
    malformed(url, std::string(what) + (shown ? " '" + std::string(text) + "'" : std::string()) +
                       " is not a whole number from " + std::to_string(low) + " to " + std::to_string(high) +
                       (shown ? "" : " (if it is a password, the '@' before the host is missing)"));
  return value;
}
}  // namespace url_text

/// Parses `mysql://[user[:password]@]host[:port][/database][?option=value&...]` (also mariadb://).
/// Options: unix_socket, charset (default utf8mb4), connect_timeout, read_timeout, write_timeout
/// (seconds), max_allowed_packet (bytes). With unix_socket the host may be left out.
inline url_parts parse_url(std::string_view url) {
  using namespace url_text;
  url_parts parts;
  const std::size_t scheme = scheme_length(url);
  if (scheme == 0) malformed(url, "it does not start with mysql:// (or mariadb://)");
  const std::string_view rest = url.substr(scheme);
  if (rest.find('#') != std::string_view::npos)
    malformed(url, "it has a fragment ('#...'); percent-encode '#' as %23");

  const std::size_t authority_end = rest.find_first_of("/?");
  const std::string_view authority = rest.substr(0, authority_end);
  const std::string_view after = authority_end == std::string_view::npos ? std::string_view{} : rest.substr(authority_end);
  if (after.find('@') != std::string_view::npos && authority.find('@') == std::string_view::npos)
    malformed(url, "an '@' follows a '/' or '?'; percent-encode '/', '?' and '@' in the user and password");

  // user:password@
  std::string_view hostport = authority;
  const bool has_userinfo = authority.find('@') != std::string_view::npos;
  if (const std::size_t at = authority.find('@'); at != std::string_view::npos) {
    if (authority.find('@', at + 1) != std::string_view::npos)
      malformed(url, "it holds more than one '@'; percent-encode '@' in the user or password as %40");
    const std::string_view userinfo = authority.substr(0, at);
    hostport = authority.substr(at + 1);
    const std::size_t colon = userinfo.find(':');
    parts.user = decode(url, userinfo.substr(0, colon), "user name", false);
    if (parts.user.empty()) malformed(url, "the user name before '@' is empty");
    if (colon != std::string_view::npos) parts.password = decode(url, userinfo.substr(colon + 1), "password", true);
  }

  // host[:port], [v6]:port. Without '@', "user:password/db" reads as host:port: nothing of it is
  // quoted but a single character.
  std::string_view host = hostport;
  std::string_view port;
  bool has_port = false;
  if (hostport.starts_with('[')) {
    const std::size_t close = hostport.find(']');
    if (close == std::string_view::npos) malformed(url, "the IPv6 address has no closing ']'");
    host = hostport.substr(1, close - 1);
    const std::string_view tail = hostport.substr(close + 1);
    if (!tail.empty() && tail.front() != ':') malformed(url, "only ':port' may follow the IPv6 address");
    if (!tail.empty()) {
      has_port = true;
      port = tail.substr(1);
    }
    if (host.empty() || host.find_first_not_of("0123456789abcdefABCDEF:.") != std::string_view::npos)
      malformed(url, (has_userinfo ? "'[" + std::string(host) + "]'" : std::string("the host in [...]")) +
                         " is not an IPv6 address");
  } else {
    if (const std::size_t colon = hostport.find(':'); colon != std::string_view::npos) {
      host = hostport.substr(0, colon);
      port = hostport.substr(colon + 1);
      has_port = true;
    }
    for (char c : host)
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_'))
        malformed(url, "the host " + (has_userinfo ? "'" + std::string(host) + "' " : std::string()) + "holds '" +
                           std::string(1, c) + "'; a host is a name, an IPv4 address or an [IPv6] address");
  }
  parts.host = std::string(host);
  if (has_port) {
    if (port.empty()) malformed(url, "the port after ':' is empty");
    parts.port = static_cast<unsigned>(parse_number(url, port, "the port", 1, 65535, has_userinfo));
  }

  // /database
  std::string_view path = after.substr(0, after.find('?'));
  std::string_view query = path.size() < after.size() ? after.substr(path.size() + 1) : std::string_view{};
  if (!path.empty()) {
    path.remove_prefix(1);  // the '/'
    if (path.find('/') != std::string_view::npos)
      malformed(url, "the database name holds '/'; the path is just /database");
    parts.database = decode(url, path, "database name", false);
  }

  // ?option=value&...
  if (after.find('?') != std::string_view::npos) {
    if (query.empty()) malformed(url, "the '?' is followed by no option");
    unsigned seen = 0;
    while (true) {
      const std::size_t amp = query.find('&');
      const std::string_view pair = query.substr(0, amp);
      const std::size_t eq = pair.find('=');
      if (pair.empty()) malformed(url, "an option is empty ('&&', or '&' at an end)");
      if (eq == std::string_view::npos) malformed(url, "the option '" + std::string(pair) + "' has no '=value'");
      const std::string_view key = pair.substr(0, eq);
      const std::string value = decode(url, pair.substr(eq + 1), "value of option '" + std::string(key) + "'", false, true);
      if (value.empty()) malformed(url, "the option '" + std::string(key) + "' has an empty value");
      constexpr std::string_view keys[] = {"unix_socket", "charset", "connect_timeout", "read_timeout",
                                           "write_timeout", "max_allowed_packet"};
      unsigned index = 0;
      while (index < std::size(keys) && keys[index] != key) ++index;
      if (index == std::size(keys))
        malformed(url, "unknown option '" + std::string(key) + "' (known: " + std::string(options_known) + ")");
      if (seen & (1u << index)) malformed(url, "the option '" + std::string(key) + "' is given twice");
      seen |= 1u << index;
      constexpr unsigned long day = 86400;
      switch (index) {
        case 0: parts.unix_socket = value; break;
        case 1:
          for (char c : value)
            if (!is_unreserved(c) || c == '.' || c == '~' || c == '-')
              malformed(url, "the charset '" + value + "' is not a character set name (letters, digits, '_')");
          parts.charset = value;
          break;
        case 2: parts.connect_timeout = static_cast<unsigned>(parse_number(url, value, "connect_timeout", 0, day)); break;
        case 3: parts.read_timeout = static_cast<unsigned>(parse_number(url, value, "read_timeout", 0, day)); break;
        case 4: parts.write_timeout = static_cast<unsigned>(parse_number(url, value, "write_timeout", 0, day)); break;
        default:
          parts.max_allowed_packet = parse_number(url, value, "max_allowed_packet", 1024, 1024ul * 1024 * 1024);
          break;
      }
      if (amp == std::string_view::npos) break;
      query.remove_prefix(amp + 1);
    }
  }

  if (parts.host.empty()) {
    if (parts.unix_socket.empty()) malformed(url, "it names no host (give one, or ?unix_socket=/path)");
    if (has_port) malformed(url, "a port without a host");
    parts.host = "localhost";
  }
  return parts;
}

}  // namespace ctql::mysql_detail
