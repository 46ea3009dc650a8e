#pragma once
// What ctql::postgres::connect takes, checked before anything is sent: a libpq URI
// (postgresql://user:password@host:port/database?option=value&...) or a key=value string, plus
// ctql's own options connect_timeout and read_timeout (seconds). No message made here, nor any
// libpq message passed through connection_settings::scrubbed, shows the password: libpq quotes
// the connection string in its messages, and a malformed one can put the password anywhere
// (`postgresql://app:pw@[::1/db`, `postgresql://app:pw/db` reads pw as the port). No network.
#include <libpq-fe.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "ctql/core/error.hpp"

namespace ctql::postgres_detail {

/// A checked connection string: what to give PQconnectStartParams (expand_dbname = 0), the
/// timeouts ctql applies itself, and every text that may be the password.
struct connection_settings {
  std::vector<std::string> keywords;
  std::vector<std::string> values;
  unsigned connect_timeout = 10;  // seconds; 0 waits forever
  unsigned read_timeout = 0;      // seconds without an answer; 0 waits forever
  std::vector<std::string> secrets;  // longest first

  /// `text` with every form of the password replaced by ***.
  std::string scrubbed(std::string text) const;
};

namespace connection_string_text {
inline constexpr unsigned longest_timeout = 86400;  // a day, as for MySQL

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
inline bool is_uri(std::string_view s) { return s.starts_with("postgresql://") || s.starts_with("postgres://"); }
inline int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
/// Percent-decoded as far as the escapes are well formed (a bad one is kept as it is).
inline std::string lenient_decode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}
/// A quoted key=value value without its backslash escapes.
inline std::string unescaped(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && ++i == s.size()) break;  // a trailing backslash escapes nothing
    out += s[i];
  }
  return out;
}

/// Every text of `s` that may be meant as the password, wherever a malformed string put it: what
/// follows each ':' (to the first '@', to the last '@', and to the end of the part, where libpq
/// takes a password for the port), and the value after each "password", quoted or not, '=' or
/// not; each also percent-decoded and unescaped. Over-inclusive on purpose: a message loses a
/// word to *** rather than show a password.
inline std::vector<std::string> password_candidates(std::string_view s) {
  std::vector<std::string> found;
  auto add_one = [&](std::string_view c) {
    if (c.empty()) return;
    found.emplace_back(c);
    found.push_back(lenient_decode(c));
    found.push_back(unescaped(c));
    found.push_back(lenient_decode(unescaped(c)));
  };
  // Each piece too, where libpq may split an unencoded password ("x/pw": the database "pw").
  auto add = [&](std::string_view c) {
    add_one(c);
    std::size_t begin = 0;
    for (std::size_t i = 0; i <= c.size(); ++i) {
      if (i < c.size() && std::string_view("/@:?#&=[]").find(c[i]) == std::string_view::npos) continue;
      const std::string_view piece = c.substr(begin, i - begin);
      if (piece.size() >= 3 && piece.size() < c.size() && !std::ranges::all_of(piece, [](char d) { return d >= '0' && d <= '9'; }))
        add_one(piece);
      begin = i + 1;
    }
  };
  // After each ':' (the scheme's too: "postgresql//app:pw@h" is a typo away), wherever it ends.
  for (std::size_t colon = s.find(':'); colon != std::string_view::npos; colon = s.find(':', colon + 1)) {
    if (const std::size_t open = s.rfind('[', colon); open != std::string_view::npos) {
      const std::size_t close = s.find(']', open);
      const std::string_view inside = s.substr(open + 1, close == std::string_view::npos ? 0 : close - open - 1);
      if (close != std::string_view::npos && close > colon &&
          inside.find_first_not_of("0123456789abcdefABCDEF:.%") == std::string_view::npos)
        continue;  // inside an IPv6 address
    }
    const std::string_view after = s.substr(colon + 1);
    if (const std::size_t at = after.find('@'); at != std::string_view::npos) add(after.substr(0, at));
    if (const std::size_t at = after.rfind('@'); at != std::string_view::npos) add(after.substr(0, at));
    // (A password may hold an unencoded '/': take the part to it and past it.)
    auto digits = [](std::string_view t) { return std::ranges::all_of(t, [](char c) { return c >= '0' && c <= '9'; }); };
    const bool port = digits(after.substr(0, after.find_first_of("/?#@] \t\n")));
    for (std::string_view ends : {std::string_view("/?#@] \t\n"), std::string_view("?#@] \t\n")}) {
      const std::string_view port_or_password = after.substr(0, after.find_first_of(ends));
      if (!port) add(port_or_password);
      // ":@pw", ":/pw": a stray character after the ':' leaves the password empty and moves it on.
      if (!after.empty() && std::string_view("/@?#&=").find(after.front()) != std::string_view::npos)
        add(after.substr(1, after.find_first_of(ends, 1) - 1));
    }
  }
  // Before each '@' back to a ':', '/' or another '@' ("app:@pw@host": a stray '@' ends the password
  // early), but not back to the "//" that starts the authority (that is the user name).
  for (std::size_t at = s.find('@'); at != std::string_view::npos; at = s.find('@', at + 1)) {
    const std::size_t from = s.find_last_of(":@/", at == 0 ? 0 : at - 1);
    const bool authority_start = from != std::string_view::npos && s[from] == '/' && from > 0 && s[from - 1] == '/';
    if (at > 0 && from != std::string_view::npos && !authority_start) add(s.substr(from + 1, at - from - 1));
  }
  std::string lower(s);
  std::ranges::transform(lower, lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (std::size_t at = lower.find("password"); at != std::string::npos; at = lower.find("password", at + 1)) {
    std::size_t i = at + 8;
    while (i < s.size() && (is_space(s[i]) || s[i] == '=')) ++i;
    if (i < s.size() && (s[i] == '\'' || s[i] == '"')) {
      const char quote = s[i++];
      std::size_t end = i;
      while (end < s.size() && s[end] != quote) end += s[end] == '\\' ? 2 : 1;
      add(s.substr(i, std::min(end, s.size()) - i));
    } else {
      std::size_t end = i;
      while (end < s.size() && !is_space(s[end]) && s[end] != '&' && s[end] != '#') end += s[end] == '\\' ? 2 : 1;
      add(s.substr(i, std::min(end, s.size()) - i));
    }
  }
  return found;
}

/// libpq's message about a malformed string, without the string. libpq quotes (part of) the string
/// after its own text, and that part may hold quotes of its own, so quotes cannot be paired:
/// libpq's text is kept up to the first quote, except a one-character quote of libpq's own ("]",
/// "=") that is followed by one of libpq's own phrases; the rest becomes "...".
inline std::string without_quoted_input(std::string_view message) {
  static constexpr std::string_view libpq_phrases[] = {" in IPv6 host address in URI: ", " after "};
  std::string out;
  std::size_t i = 0;
  while (true) {
    const std::size_t open = message.find('"', i);
    if (open == std::string_view::npos) {
      out.append(message.substr(i));
      break;
    }
    out.append(message.substr(i, open - i));
    const bool one_character = open + 2 < message.size() && message[open + 2] == '"';
    const std::string_view after = one_character ? message.substr(open + 3) : std::string_view{};
    const auto phrase = std::ranges::find_if(libpq_phrases, [&](std::string_view p) { return after.starts_with(p); });
    if (!one_character || phrase == std::end(libpq_phrases)) {
      // An option or keyword name that ends the message is libpq's reading of the string ("invalid
      // URI query parameter: "sslmod""): kept, since it says what to fix.
      const std::size_t close = message.find('"', open + 1);
      const std::string_view quoted =
          close == std::string_view::npos ? std::string_view{} : message.substr(open + 1, close - open - 1);
      const bool name = !quoted.empty() && quoted.size() <= 63 && std::ranges::all_of(quoted, [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
      });
      const bool last = name && message.find_first_not_of(" \n", close + 1) == std::string_view::npos;
      out += last ? "\"" + std::string(quoted) + "\"" : std::string("\"...\"");
      break;
    }
    out.append(message.substr(open, 3));
    out.append(*phrase);
    i = open + 3 + phrase->size();
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

[[noreturn, gnu::cold]] inline void malformed(const connection_settings& settings, std::string_view what) {
  throw error("cannot connect to the PostgreSQL server: the connection string is malformed", {},
              settings.scrubbed(std::string(what) +
                                " (expected postgresql://user:password@host:port/database?option=value&... or "
                                "key=value ...)"));
}

inline unsigned timeout_seconds(const connection_settings& settings, std::string_view name, std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  unsigned value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc{} || end != text.data() + text.size() || value > longest_timeout)
    malformed(settings, std::string(name) + " is not a whole number of seconds from 0 to " +
                            std::to_string(longest_timeout));
  return value;
}

/// Takes ctql's own read_timeout out of the string (libpq does not know it); its value in `value`.
inline std::string without_read_timeout(std::string_view s, std::string& value, bool& given) {
  constexpr std::string_view key = "read_timeout";
  if (is_uri(s)) {
    const std::size_t question = s.find('?');
    if (question == std::string_view::npos) return std::string(s);
    std::string out(s.substr(0, question));
    char separator = '?';
    std::string_view query = s.substr(question + 1);
    while (true) {
      const std::size_t amp = query.find('&');
      const std::string_view param = query.substr(0, amp);
      if (param.starts_with(key) && param.size() > key.size() && param[key.size()] == '=') {
        value = lenient_decode(param.substr(key.size() + 1));
        given = true;
      } else {
        out += separator;
        out.append(param);
        separator = '&';
      }
      if (amp == std::string_view::npos) break;
      query.remove_prefix(amp + 1);
    }
    return out;
  }
  // key = value pairs; the first thing that is not one ends the search (libpq reports it).
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t begin = i;
    while (i < s.size() && is_space(s[i])) ++i;
    const std::size_t key_begin = i;
    while (i < s.size() && !is_space(s[i]) && s[i] != '=') ++i;
    const std::string_view keyword = s.substr(key_begin, i - key_begin);
    while (i < s.size() && is_space(s[i])) ++i;
    if (i >= s.size() || s[i] != '=') return out.append(s.substr(begin));
    ++i;
    while (i < s.size() && is_space(s[i])) ++i;
    const std::size_t value_begin = i;
    if (i < s.size() && s[i] == '\'') {
      ++i;
      while (i < s.size() && s[i] != '\'') i += s[i] == '\\' ? 2 : 1;
      if (i >= s.size()) return out.append(s.substr(begin));
      ++i;
    } else {
      while (i < s.size() && !is_space(s[i])) i += s[i] == '\\' ? 2 : 1;
      i = std::min(i, s.size());
    }
    if (keyword == key) {
      std::string_view v = s.substr(value_begin, i - value_begin);
      if (v.starts_with('\'')) v = v.substr(1, v.size() - 2);
      value = unescaped(v);
      given = true;
    } else {
      out.append(s.substr(begin, i - begin));
    }
  }
  return out;
}

struct conninfo_deleter {
  void operator()(PQconninfoOption* o) const noexcept { PQconninfoFree(o); }
};
}  // namespace connection_string_text

inline std::string connection_settings::scrubbed(std::string text) const {
  // Longest first; passes until none is left (a secret of '*'s could reappear around a ***).
  for (int pass = 0; pass < 4; ++pass) {
    bool found = false;
    for (const std::string& secret : secrets) {
      const std::string mask = secret.find_first_not_of('*') == std::string::npos ? "###" : "***";
      for (std::size_t at = text.find(secret); at != std::string::npos; at = text.find(secret, at + mask.size())) {
        text.replace(at, secret.size(), mask);
        found = true;
      }
    }
    if (!found) return text;
  }
  return "(the message is withheld: it may show the password)";
}

/// Checks a connection string without connecting; a malformed one raises ctql::error, never
/// showing the password. `checked_connection_string("postgresql://app:pw@db/app?read_timeout=30")`
inline connection_settings checked_connection_string(std::string_view text) {
  using namespace connection_string_text;
  connection_settings settings;
  for (std::string& c : password_candidates(text))
    if (!c.empty()) settings.secrets.push_back(std::move(c));
  auto sort_secrets = [&] {
    std::ranges::sort(settings.secrets, [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    settings.secrets.erase(std::unique(settings.secrets.begin(), settings.secrets.end()), settings.secrets.end());
  };
  sort_secrets();
  if (text.find('\0') != std::string_view::npos) malformed(settings, "it holds a NUL byte");

  std::string read_timeout;
  bool read_timeout_given = false;
  const std::string conninfo = without_read_timeout(text, read_timeout, read_timeout_given);
  if (read_timeout_given) settings.read_timeout = timeout_seconds(settings, "read_timeout", read_timeout);

  std::vector<std::pair<std::string, std::string>> given;
  if (!is_uri(conninfo) && conninfo.find('=') == std::string::npos) {
    // A bare name is the database's name, as libpq takes it; one with ':', '/' or '@' is a
    // mistyped URI (libpq would show it whole, password and all, as the database's name).
    if (conninfo.find_first_of(":/@") != std::string::npos)
      malformed(settings, "it starts neither with postgresql:// nor with key=value");
    if (!conninfo.empty()) given.emplace_back("dbname", conninfo);
  } else {
    char* message = nullptr;
    const std::unique_ptr<PQconninfoOption, conninfo_deleter> options(PQconninfoParse(conninfo.c_str(), &message));
    if (options == nullptr) {
      std::string why = message != nullptr ? without_quoted_input(message) : "libpq is out of memory";
      if (message != nullptr) PQfreemem(message);
      malformed(settings, why);
    }
    for (const PQconninfoOption* o = options.get(); o->keyword != nullptr; ++o)
      if (o->val != nullptr) given.emplace_back(o->keyword, o->val);
  }
  for (const auto& [keyword, value] : given)
    if (keyword == "password" && !value.empty()) settings.secrets.push_back(value);
  sort_secrets();

  // Numbers libpq would echo back in its message if they were not numbers.
  auto whole_number = [](std::string_view v, bool list) {
    bool digit = false;
    for (char c : v) {
      if (c >= '0' && c <= '9') digit = true;
      else if (!(list && c == ',') && !is_space(c) && c != '-') return false;
    }
    return digit || (list && std::ranges::all_of(v, [](char c) { return c == ','; }));
  };
  for (const auto& [keyword, value] : given) {
    // In a URI, libpq takes these from a mistyped authority ("app:pw/db", "app:@pw@h"); it would
    // show them in its message, and the password may be among them.
    if (is_uri(conninfo) && ((keyword == "dbname" && value.find_first_of(":@/") != std::string::npos) ||
                             (keyword == "host" && value.find('@') != std::string::npos)))
      malformed(settings, "the " + std::string(keyword == "host" ? "host" : "database name") +
                              " holds ':', '/' or '@'; percent-encode '@', ':' and '/' in the user and password");
    if (keyword == "connect_timeout") {
      settings.connect_timeout = timeout_seconds(settings, "connect_timeout", value);
      continue;  // ctql waits for the connection itself
    }
    if (keyword == "port" && !value.empty() && !whole_number(value, true))
      malformed(settings, "the port is not a number (a password holding '/', '?', '#' or '@' must be percent-encoded)");
    if ((keyword == "keepalives" || keyword == "keepalives_idle" || keyword == "keepalives_interval" ||
         keyword == "keepalives_count" || keyword == "tcp_user_timeout") &&
        !whole_number(value, false))
      malformed(settings, keyword + " is not a whole number");
    settings.keywords.push_back(keyword);
    settings.values.push_back(value);
  }
  // ctql's defaults where the string says nothing: TCP keepalives notice a dead server within a
  // minute, and text is UTF-8.
  constexpr std::pair<const char*, const char*> defaults[] = {
      {"keepalives", "1"},          {"keepalives_idle", "30"},    {"keepalives_interval", "10"},
      {"keepalives_count", "3"},    {"tcp_user_timeout", "60000"}, {"client_encoding", "UTF8"},
      {"fallback_application_name", "ctql"}};
  for (const auto& [keyword, value] : defaults) {
    if (std::ranges::find(settings.keywords, std::string_view(keyword)) != settings.keywords.end()) continue;
    settings.keywords.emplace_back(keyword);
    settings.values.emplace_back(value);
  }
  return settings;
}

}  // namespace ctql::postgres_detail
