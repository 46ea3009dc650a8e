#pragma once
// What ctql_postgres compiles once: the PostgreSQL connector's code that depends on no statement
// (connecting and checking the connection string, the channel's commands and failures, executing
// SQL text, the statement cache's prepare and slow path, replanning, COPY's steps, moving to the
// next result of a query, numbering text placeholders, transactions, error paths). With
// CTQL_HEADER_ONLY, <ctql/postgres.hpp> includes it and it is inline.
#include <libpq-fe.h>
#include <sys/socket.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "ctql/core/error.hpp"
#include "ctql/core/run/compiled_part.hpp"
#include "ctql/core/run/connection_lost.hpp"
#include "ctql/core/run/statement_cache_slow_paths.hpp"
#include "ctql/core/run/row_range.hpp"
#include "ctql/postgres/channel.hpp"
#include "ctql/postgres/connection.hpp"
#include "ctql/postgres/connection_string.hpp"
#include "ctql/postgres/row_buffer.hpp"
#include "ctql/postgres/row_stream.hpp"
#include "ctql/postgres/socket_wait.hpp"
#include "ctql/postgres/statement_cache.hpp"
#include "ctql/postgres/text_placeholders.hpp"
#include "ctql/postgres/type_oids.hpp"
#include "ctql/postgres/value_binding.hpp"
#include "ctql/postgres/value_reading.hpp"

namespace ctql::postgres_detail {

// ---- type_oids.hpp, value_reading.hpp, value_binding.hpp: names and error paths

CTQL_COMPILED_PART std::string type_name(Oid type) {
  switch (type) {
    case oid::boolean: return "boolean";
    case oid::bytea: return "bytea";
    case oid::name: return "name";
    case oid::int8: return "bigint";
    case oid::int2: return "smallint";
    case oid::int4: return "integer";
    case oid::text: return "text";
    case oid::json: return "json";
    case oid::float4: return "real";
    case oid::float8: return "double precision";
    case oid::unknown: return "unknown";
    case oid::bpchar: return "character";
    case oid::varchar: return "character varying";
    case oid::date: return "date";
    case oid::timestamp: return "timestamp";
    case oid::timestamptz: return "timestamp with time zone";
    case oid::numeric: return "numeric";
    default: return "the type with OID " + std::to_string(type);
  }
}

CTQL_COMPILED_PART void throw_conversion(std::string_view what, std::string_view sql, int column) {
  throw error("result column " + std::to_string(column) + ": " + std::string(what), std::string(sql));
}
CTQL_COMPILED_PART void throw_null(std::string_view sql, int column) {
  throw_conversion("is NULL but the result type is not std::optional; make it std::optional<T>", sql, column);
}
CTQL_COMPILED_PART void throw_type(std::string_view sql, int column, Oid type, const char* wanted) {
  throw_conversion("holds " + type_name(type) + ", which cannot be read exactly as " + wanted, sql, column);
}
CTQL_COMPILED_PART void throw_malformed(std::string_view sql, int column, Oid type) {
  throw_conversion("holds " + type_name(type) + " in a binary form ctql does not know", sql, column);
}
CTQL_COMPILED_PART void throw_out_of_range(std::string_view sql, int column, const std::string& v) {
  throw_conversion("holds " + v + ", out of range of the result's integer type", sql, column);
}
CTQL_COMPILED_PART void throw_fractional(std::string_view sql, int column, const std::string& v) {
  throw_conversion("holds " + v + ", which is not an integer; read it as double", sql, column);
}
CTQL_COMPILED_PART void throw_inexact_double(std::string_view sql, int column, std::int64_t v) {
  throw_conversion("holds the integer " + std::to_string(v) + ", which a double cannot hold exactly", sql, column);
}
CTQL_COMPILED_PART void throw_inexact_float(std::string_view sql, int column) {
  throw_conversion("holds a value a float cannot hold exactly; read it as double", sql, column);
}
CTQL_COMPILED_PART void throw_infinite(std::string_view sql, int column, Oid type) {
  throw_conversion("holds an infinite " + type_name(type) + ", which ctql::date and ctql::timestamp cannot hold", sql,
                   column);
}

CTQL_COMPILED_PART void param_buffer::throw_unrepresentable(const char* what) {
  throw error(std::string("the ") + what + " parameter is out of PostgreSQL's range");
}
CTQL_COMPILED_PART void param_buffer::throw_too_long(std::size_t length) {
  throw error("a parameter of " + std::to_string(length) + " bytes is too long for libpq");
}
CTQL_COMPILED_PART void param_buffer::throw_argument_out_of_range(std::int64_t value) {
  throw error("the argument " + std::to_string(value) + " is out of range of its parameter's type");
}
CTQL_COMPILED_PART void param_buffer::throw_argument_out_of_range(std::uint64_t value) {
  throw error("the argument " + std::to_string(value) + " is out of range of its parameter's type");
}

// ---- connection_string.hpp: checking a connection string and keeping the password out of messages

namespace connection_string_text {
inline constexpr unsigned longest_timeout = 86400;  // a day, as for MySQL

CTQL_COMPILED_PART bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
CTQL_COMPILED_PART bool is_uri(std::string_view s) { return s.starts_with("postgresql://") || s.starts_with("postgres://"); }
CTQL_COMPILED_PART int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
/// Percent-decoded as far as the escapes are well formed (a bad one is kept as it is).
CTQL_COMPILED_PART std::string lenient_decode(std::string_view s) {
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
CTQL_COMPILED_PART std::string unescaped(std::string_view s) {
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
CTQL_COMPILED_PART std::vector<std::string> password_candidates(std::string_view s) {
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
CTQL_COMPILED_PART std::string without_quoted_input(std::string_view message) {
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

[[noreturn, gnu::cold]] CTQL_COMPILED_PART void malformed(const connection_settings& settings, std::string_view what) {
  throw error("cannot connect to the PostgreSQL server: the connection string is malformed", {},
              settings.scrubbed(std::string(what) +
                                " (expected postgresql://user:password@host:port/database?option=value&... or "
                                "key=value ...)"));
}

CTQL_COMPILED_PART unsigned timeout_seconds(const connection_settings& settings, std::string_view name, std::string_view text) {
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
CTQL_COMPILED_PART std::string without_read_timeout(std::string_view s, std::string& value, bool& given) {
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

CTQL_COMPILED_PART std::string connection_settings::scrubbed(std::string text) const {
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

CTQL_COMPILED_PART connection_settings checked_connection_string(std::string_view text) {
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

// ---- text_placeholders.hpp

namespace text_scan {
CTQL_COMPILED_PART bool identifier_start(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}
CTQL_COMPILED_PART bool identifier_char(char c) noexcept { return identifier_start(c) || (c >= '0' && c <= '9') || c == '$'; }

/// The end of the quoted text starting at `i` (a quote char), doubled quotes inside; `backslash`
/// for E'...' strings.
CTQL_COMPILED_PART std::size_t end_of_quoted(std::string_view s, std::size_t i, bool backslash) noexcept {
  const char quote = s[i];
  for (++i; i < s.size(); ++i) {
    if (backslash && s[i] == '\\') {
      ++i;
    } else if (s[i] == quote) {
      if (i + 1 < s.size() && s[i + 1] == quote) ++i;
      else return i + 1;
    }
  }
  return s.size();
}
/// The end of a comment starting at `i` ("--" or "/*", which nest), or npos if none starts there.
CTQL_COMPILED_PART std::size_t end_of_comment(std::string_view s, std::size_t i) noexcept {
  if (s.compare(i, 2, "--") == 0) {
    const std::size_t newline = s.find('\n', i);
    return newline == std::string_view::npos ? s.size() : newline + 1;
  }
  if (s.compare(i, 2, "/*") != 0) return std::string_view::npos;
  int depth = 0;
  while (i < s.size()) {
    if (s.compare(i, 2, "/*") == 0) {
      ++depth;
      i += 2;
    } else if (s.compare(i, 2, "*/") == 0) {
      i += 2;
      if (--depth == 0) return i;
    } else {
      ++i;
    }
  }
  return s.size();
}
/// The end of a $tag$...$tag$ string starting at `i`, or npos if no dollar quote starts there.
CTQL_COMPILED_PART std::size_t end_of_dollar_quoted(std::string_view s, std::size_t i) noexcept {
  std::size_t j = i + 1;
  if (j < s.size() && s[j] != '$' && !identifier_start(s[j])) return std::string_view::npos;  // $1: a parameter
  while (j < s.size() && s[j] != '$') {
    if (!identifier_char(s[j])) return std::string_view::npos;
    ++j;
  }
  if (j >= s.size()) return std::string_view::npos;
  const std::string_view tag = s.substr(i, j - i + 1);
  const std::size_t close = s.find(tag, j + 1);
  return close == std::string_view::npos ? s.size() : close + tag.size();
}
}  // namespace text_scan

CTQL_COMPILED_PART numbered_text number_placeholders(std::string_view sql) {
  using namespace text_scan;
  numbered_text out;
  out.sql.reserve(sql.size() + 8);
  std::size_t i = 0;
  auto copy_to = [&](std::size_t end) {
    out.sql.append(sql.substr(i, end - i));
    i = end;
  };
  while (i < sql.size()) {
    const char c = sql[i];
    const bool after_identifier = i > 0 && identifier_char(sql[i - 1]);
    if (c == '\'') {
      const bool escapes = i > 0 && (sql[i - 1] == 'E' || sql[i - 1] == 'e') && !(i > 1 && identifier_char(sql[i - 2]));
      copy_to(end_of_quoted(sql, i, escapes));
    } else if (c == '"') {
      copy_to(end_of_quoted(sql, i, false));
    } else if (c == '$' && !after_identifier && end_of_dollar_quoted(sql, i) != std::string_view::npos) {
      copy_to(end_of_dollar_quoted(sql, i));
    } else if (c == '$' && !after_identifier && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
      // Mixed with the numbered :name placeholders, $n would silently mean another value.
      throw error("the SQL has a $n placeholder; ctql::text takes :name placeholders, bound with ctql::arg<\"name\">(value)",
                  std::string(sql));
    } else if ((c == '-' || c == '/') && end_of_comment(sql, i) != std::string_view::npos) {
      copy_to(end_of_comment(sql, i));
    } else if (c == ':' && i + 1 < sql.size() && sql[i + 1] == ':') {
      copy_to(i + 2);  // a cast
    } else if (c == ':' && i + 1 < sql.size() && identifier_start(sql[i + 1])) {
      std::size_t end = i + 2;
      while (end < sql.size() && identifier_char(sql[end]) && sql[end] != '$') ++end;
      const std::string_view name = sql.substr(i + 1, end - i - 1);
      std::size_t number = 0;
      while (number < out.names.size() && out.names[number] != name) ++number;
      if (number == out.names.size()) out.names.push_back(name);
      out.sql += '$';
      out.sql += std::to_string(number + 1);
      i = end;
    } else if (c == ';') {
      // Only blanks and comments may follow the statement's end.
      std::size_t j = i + 1;
      while (j < sql.size()) {
        if (sql[j] == ' ' || sql[j] == '\t' || sql[j] == '\n' || sql[j] == '\r' || sql[j] == ';') ++j;
        else if (const std::size_t e = end_of_comment(sql, j); e != std::string_view::npos) j = e;
        else throw error("the SQL holds more than one statement; run them one at a time", std::string(sql));
      }
      copy_to(sql.size());
    } else {
      copy_to(i + 1);
    }
  }
  return out;
}

// ---- channel.hpp

CTQL_COMPILED_PART channel::~channel() { PQfinish(conn_); }

CTQL_COMPILED_PART void channel::drain() noexcept {
  while (PGresult* r = next_result()) PQclear(r);
}

CTQL_COMPILED_PART PGresult* channel::last_result(earlier_tags* earlier) noexcept {
  PGresult* last = nullptr;
  while (PGresult* r = next_result()) {
    if (last != nullptr && PQresultStatus(last) == PGRES_FATAL_ERROR) {
      PQclear(r);
      continue;
    }
    if (earlier != nullptr && last != nullptr) earlier->add(PQcmdStatus(last));
    PQclear(last);
    last = r;
  }
  return last;
}

CTQL_COMPILED_PART void channel::earlier_tags::add(std::string_view tag) noexcept {
  if (tag == "COMMIT" || tag == "PREPARE TRANSACTION") ended = true;
  else if (tag == "ROLLBACK") rolled_back = true;
  else if ((tag == "BEGIN" || tag == "START TRANSACTION") && (ended || rolled_back)) begun_after = true;
}

CTQL_COMPILED_PART void channel::fail(PGresult* res, std::string_view what, std::string_view sql) {
  const result_ptr owned(res);
  if (timed_out_) throw_timed_out(sql);
  std::string message;
  std::string state;
  if (res != nullptr) {
    if (const char* primary = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY)) {
      message = primary;
      if (const char* detail = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL)) message += std::string(" (") + detail + ")";
      if (const char* hint = PQresultErrorField(res, PG_DIAG_MESSAGE_HINT)) message += std::string(" HINT: ") + hint;
      // Which row of a COPY (a bulk insert) failed.
      if (const char* context = PQresultErrorField(res, PG_DIAG_CONTEXT); context != nullptr && std::string_view(context).starts_with("COPY "))
        message += std::string(" at ") + context;
    } else {
      message = trimmed(PQresultErrorMessage(res));
    }
    if (const char* s = PQresultErrorField(res, PG_DIAG_SQLSTATE)) state = s;
  }
  if (message.empty()) message = trimmed(PQerrorMessage(conn_));
  if (std::exchange(copy_refused_, false) && PQstatus(conn_) != CONNECTION_BAD) {
    throw error("COPY FROM STDIN and COPY TO STDOUT do not run as ctql statements; use native_handle() and "
                "libpq's COPY functions",
                std::string(sql));
  }
  if (PQstatus(conn_) == CONNECTION_BAD) {
    lost_ = true;
    if (state.empty()) state = "08006";  // connection_failure
    throw detail::connection_lost(sql, false, message, sqlstate_code(state), state);
  }
  throw error(std::string(what), std::string(sql), message, sqlstate_code(state), state);
}

CTQL_COMPILED_PART exec_result channel::finish_command(PGresult* res, std::string_view what, std::string_view sql,
                                                       bool binary) {
  if (res == nullptr) fail(nullptr, what, sql);
  const ExecStatusType status = PQresultStatus(res);
  if (status == PGRES_COPY_IN || status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH) {
    PQclear(res);
    end_copy(status);
    drain();
    copy_refused_ = true;
    fail(nullptr, what, sql);
  }
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY) fail(res, what, sql);
  const result_ptr owned(res);
  note_transaction_end(res, earlier_tags{});
  exec_result out;
  const std::string_view tuples = PQcmdTuples(res);
  std::from_chars(tuples.data(), tuples.data() + tuples.size(), out.rows_affected);
  // RETURNING "<key>" (or the user's own RETURNING): the last row's first column, if an integer.
  const int rows = PQntuples(res);
  if (binary && status == PGRES_TUPLES_OK && rows > 0 && PQnfields(res) > 0 && !PQgetisnull(res, rows - 1, 0)) {
    const Oid type = PQftype(res, 0);
    if (type == oid::int2 || type == oid::int4 || type == oid::int8 || type == oid::numeric)
      out.last_insert_id = read_column<std::int64_t>(field_of(res, rows - 1, 0, type), sql, 0);
  }
  return out;
}

CTQL_COMPILED_PART void channel::execute(std::string_view sql) {
  begin_command();
  const std::string text(sql);
  if (PQsendQuery(conn_, text.c_str()) == 0) fail(nullptr, "cannot send the statement", sql);
  earlier_tags earlier;
  PGresult* res = last_result(&earlier);
  if (res != nullptr) note_transaction_end(res, earlier);
  if (sql == "COMMIT") [[unlikely]] {
    // COMMIT of a transaction in which a statement failed rolls it back, and says only "ROLLBACK".
    if (res != nullptr && PQresultStatus(res) == PGRES_COMMAND_OK && std::string_view(PQcmdStatus(res)) == "ROLLBACK") {
      PQclear(res);
      throw error("the transaction was rolled back, not committed: a statement in it failed", text, {},
                  sqlstate_code("25P02"), "25P02");
    }
    // A COMMIT that fails (a deferred constraint) ends the transaction all the same.
    if (res != nullptr && PQresultStatus(res) == PGRES_FATAL_ERROR && PQtransactionStatus(conn_) == PQTRANS_IDLE)
      fail(res, "the transaction was rolled back, not committed: COMMIT failed", sql);
  }
  finish_command(res, "the statement failed", sql, false);
}

CTQL_COMPILED_PART void channel::note_transaction_end(PGresult* last, const earlier_tags& earlier) noexcept {
  if (ended_ != ended_by::nothing) return;  // what ended it first is what happened to it
  const std::string_view tag = PQcmdStatus(last);
  const bool idle = PQtransactionStatus(conn_) == PQTRANS_IDLE;
  const bool begun_last = tag == "BEGIN" || tag == "START TRANSACTION";
  if (earlier.ended || tag == "COMMIT" || tag == "PREPARE TRANSACTION") {
    ended_ = ended_by::other;  // COMMIT AND CHAIN leaves a transaction open: a new one
  } else if (earlier.rolled_back) {
    // ROLLBACK TO SAVEPOINT says ROLLBACK too, and leaves the transaction open: only a transaction that
    // is over, or begun again, says that one of them was the whole transaction's, and which is not known.
    if (idle || earlier.begun_after || begun_last) ended_ = ended_by::other;
  } else if (tag == "ROLLBACK" && idle) {
    ended_ = ended_by::rollback;
  }
}

CTQL_COMPILED_PART void channel::execute_watched(std::string_view sql) {
  begin_command();
  // A newline ends a `--` comment the SQL may end with.
  const std::string text = "SELECT transaction_timestamp();\n" + std::string(sql) + "\n;SELECT transaction_timestamp()";
  if (PQsendQuery(conn_, text.c_str()) == 0) fail(nullptr, "cannot send the statement", sql);
  std::vector<result_ptr> results;  // the first reading, the SQL's results, the second reading
  PGresult* failure = nullptr;      // the first failure: the server runs nothing after it
  while (PGresult* r = next_result()) {
    if (failure != nullptr) {
      PQclear(r);
      continue;
    }
    const ExecStatusType status = PQresultStatus(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY) failure = r;
    else results.emplace_back(r);
  }
  const auto reading = [](const result_ptr& r) -> std::optional<std::string> {
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK || PQntuples(r.get()) != 1 || PQnfields(r.get()) != 1) return {};
    return std::string(PQgetvalue(r.get(), 0, 0));
  };
  if (results.empty()) fail(failure, "the statement failed", sql);  // the first reading failed: nothing ran
  const std::optional<std::string> before = reading(results.front());
  const std::optional<std::string> after = failure == nullptr && results.size() >= 2 ? reading(results.back()) : std::nullopt;
  const std::size_t first = 1, end = results.size() - (after ? 1 : 0);  // the SQL's own results
  bool committed = false, rolled_back = false;
  for (std::size_t i = first; i < end; ++i) {
    const std::string_view tag = PQcmdStatus(results[i].get());
    committed = committed || tag == "COMMIT" || tag == "PREPARE TRANSACTION";
    rolled_back = rolled_back || tag == "ROLLBACK";
  }
  if (ended_ == ended_by::nothing) {
    const PGTransactionStatusType status = PQtransactionStatus(conn_);
    if (before && after) {
      // Another transaction, or none: something in the SQL ended the ctql one, a ROLLBACK unless a COMMIT ran.
      if (*before != *after) ended_ = committed ? ended_by::other : ended_by::rollback;
    } else if (status == PQTRANS_IDLE) {  // the SQL failed after ending the transaction
      ended_ = committed || !rolled_back ? ended_by::other : ended_by::rollback;
    } else if (committed) {
      ended_ = ended_by::other;  // a COMMIT AND CHAIN, then a failure in the new transaction
    }
  }
  if (failure != nullptr) fail(failure, "the statement failed", sql);
}

CTQL_COMPILED_PART bool channel::await_result_within_timeout() noexcept {
  if (timed_out_) return false;
  while (PQisBusy(conn_) != 0) {
    if (!wait_socket(PQsocket(conn_), false, read_timeout_ms_)) {
      // No cancel request: it would be a new connection to a server that may not answer either.
      ::shutdown(PQsocket(conn_), SHUT_RDWR);
      timed_out_ = lost_ = timeout_unreported_ = true;
      return false;
    }
    if (PQconsumeInput(conn_) == 0) return true;  // PQgetResult reports the failure
  }
  return true;
}

CTQL_COMPILED_PART void channel::throw_timed_out(std::string_view sql) const {
  const std::string limit = read_timeout_ms_ % 1000 == 0 ? std::to_string(read_timeout_ms_ / 1000) + " s"
                                                          : std::to_string(read_timeout_ms_) + " ms";
  const std::string what = "the server did not answer within read_timeout (" + limit + "); the connection is closed";
  if (!detail::commits_transaction(sql)) throw error(what + ": connect again", std::string(sql), {}, sqlstate_code("08006"), "08006");
  throw error::with_unknown_transaction_outcome(
      error(what + ", so whether the server committed the transaction is not known; " +
                std::string(detail::unknown_outcome_advice) + "; connect again",
            std::string(sql), {}, sqlstate_code("08006"), "08006"));
}

CTQL_COMPILED_PART void channel::throw_lost_before() {
  if (timed_out_) throw_timed_out({});
  lost_ = true;
  throw detail::connection_lost({}, false, trimmed(PQerrorMessage(conn_)), sqlstate_code("08006"), "08006");
}

CTQL_COMPILED_PART std::string channel::trimmed(const char* text) {
  std::string s = text != nullptr ? text : "";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

CTQL_COMPILED_PART void channel::end_copy(ExecStatusType status) noexcept {
  if (status == PGRES_COPY_OUT) {
    char* buffer = nullptr;
    while (PQgetCopyData(conn_, &buffer, 0) > 0) PQfreemem(buffer);
  } else {
    PQputCopyEnd(conn_, "ctql does not send COPY data");
  }
}

// ---- row_buffer.hpp, row_stream.hpp

CTQL_COMPILED_PART void row_buffer::append(const PGresult* res) {
  const int columns = PQnfields(res);
  if (types_.empty())
    for (int c = 0; c < columns; ++c) types_.push_back(PQftype(res, c));
  for (int r = 0, rows = PQntuples(res); r < rows; ++r) {
    for (int c = 0; c < columns; ++c) {
      offsets_.push_back(data_.size());
      if (PQgetisnull(res, r, c)) {
        lengths_.push_back(-1);
      } else {
        lengths_.push_back(PQgetlength(res, r, c));
        data_.append(PQgetvalue(res, r, c), static_cast<std::size_t>(lengths_.back()));
      }
    }
    ++rows_;
  }
}

CTQL_COMPILED_PART bool row_stream::next_row(bool whole) {
  if (done_) return false;
  release_current();
  reading_buffer_ = next_buffered_ < buffered_.rows();
  if (reading_buffer_) {
    buffered_row_ = next_buffered_++;
    return true;
  }
  for (;;) {
    PGresult* r = next_result(whole);
    if (r == nullptr) {
      done_ = true;
      return false;
    }
    const ExecStatusType status = PQresultStatus(r);
    if (returns_rows(status) || status == PGRES_COMMAND_OK) {
      if (!shape_checked_) check_shape(r);
      const int n = PQntuples(r);
      if (n > 0) {
        current_ = r;
        row_ = 0;
        rows_ = n;
        return true;
      }
      PQclear(r);
      continue;  // the end: the next result is nullptr
    }
    done_ = true;
    finish_connection();
    const plan_refusal why = replanner_ != nullptr && queued_.empty() && !shape_checked_ ? plan_refused(r) : plan_refusal::none;
    if (why != plan_refusal::none) [[unlikely]] {
      // Straight from the server, before any row: the arguments are still those sent; run once more.
      bool sent = false;
      try {
        sent = std::exchange(replanner_, nullptr)->resend(why);
      } catch (...) {
        PQclear(r);
        throw;
      }
      if (sent) {
        PQclear(r);
        done_ = false;
        mode_chosen_ = false;
        start();
        continue;
      }
    }
    channel_->fail(r, "the query failed", *sql_);
  }
}

CTQL_COMPILED_PART void row_stream::detach() {
  if (!on_connection_) return;
  // Streaming one row per result: keep the rows compactly. Undecided: take one result.
  const bool one_row_each = mode_chosen_;
  mode_chosen_ = true;
  while (PGresult* r = channel_->next_result()) {
    if (one_row_each && queued_.empty() && PQresultStatus(r) != PGRES_TUPLES_OK && returns_rows(PQresultStatus(r))) {
      buffered_.append(r);
      PQclear(r);
    } else {
      queued_.push_back(r);
    }
  }
  release_connection();
}

CTQL_COMPILED_PART bool row_stream::returns_rows(ExecStatusType status) noexcept {
#ifdef LIBPQ_HAS_CHUNK_MODE
  if (status == PGRES_TUPLES_CHUNK) return true;
#endif
  return status == PGRES_SINGLE_TUPLE || status == PGRES_TUPLES_OK;
}

CTQL_COMPILED_PART PGresult* row_stream::next_result(bool whole) {
  if (next_queued_ < queued_.size()) return queued_[next_queued_++];
  if (!on_connection_) return nullptr;
  if (!mode_chosen_) {
    mode_chosen_ = true;
    if (!whole) stream_rows();
  }
  PGresult* r = channel_->next_result();
  if (r == nullptr) release_connection();
  return r;
}
CTQL_COMPILED_PART void row_stream::stream_rows() noexcept {
#ifdef LIBPQ_HAS_CHUNK_MODE
  PQsetChunkedRowsMode(channel_->handle(), 256);
#else
  PQsetSingleRowMode(channel_->handle());
#endif
}

CTQL_COMPILED_PART void row_stream::check_shape(PGresult* r) {
  shape_checked_ = true;
  const int n = PQnfields(r);
  if (n == columns_) {
    // Every result of the query has these types: look them up once, not once a row.
    for (int c = 0; c < n && c < known_types; ++c) types_[c] = PQftype(r, c);
    return;
  }
  PQclear(r);
  done_ = true;
  finish_connection();
  throw_column_count_mismatch(*sql_, static_cast<std::size_t>(n), static_cast<std::size_t>(columns_), text_);
}

CTQL_COMPILED_PART void row_stream::release_current() noexcept {
  if (current_ != nullptr) PQclear(current_);
  current_ = nullptr;
  row_ = rows_ = 0;
}
CTQL_COMPILED_PART void row_stream::release_connection() noexcept {
  on_connection_ = false;
  channel_->clear_pending(this);
}
CTQL_COMPILED_PART void row_stream::finish_connection() noexcept {
  if (!on_connection_) return;
  if (!mode_chosen_) {
    mode_chosen_ = true;
    stream_rows();  // bounded memory while discarding
  }
  channel_->drain();
  release_connection();
}
CTQL_COMPILED_PART void row_stream::close() noexcept {
  release_current();
  for (std::size_t i = next_queued_; i < queued_.size(); ++i) PQclear(queued_[i]);
  queued_.clear();
  next_queued_ = 0;
  finish_connection();
}

// ---- statement_cache.hpp

CTQL_COMPILED_PART cache_operations::statement cache_operations::prepare(std::string sql, bool) {
  if (!stale.empty() && PQtransactionStatus(connection->handle()) != PQTRANS_INERROR) deallocate_stale();
  std::string name = "ctql_" + std::to_string(++counter);
  if (PQsendPrepare(connection->handle(), name.c_str(), sql.c_str(), params->size(), params->types()) == 0)
    connection->fail(nullptr, "cannot prepare the statement", sql);
  PGresult* r = connection->last_result();
  if (r == nullptr || PQresultStatus(r) != PGRES_COMMAND_OK) connection->fail(r, "cannot prepare the statement", sql);
  PQclear(r);
  return {std::move(name), std::make_shared<const std::string>(std::move(sql))};
}

CTQL_COMPILED_PART void cache_operations::deallocate_stale() {
  std::string sql;
  for (const std::string& name : stale) sql += "DEALLOCATE " + name + ";";
  stale.clear();
  connection->execute(sql);
}

// ---- connection.hpp

CTQL_COMPILED_PART session::session(PGconn* conn, std::size_t cache_capacity, int read_timeout_ms)
    : channel_(conn, read_timeout_ms), cache_(cache_capacity, &channel_, &params_) {}

CTQL_COMPILED_PART session::~session() { cache_.clear(); }  // the statements end with the connection (channel_ closes it)

CTQL_COMPILED_PART void session::execute(std::string_view sql) {
  channel_.begin_command();
  require_live_transaction();
  if (!transaction_open()) channel_.forget_transaction_end();  // a BEGIN, or SQL outside any ctql transaction
  // SQL run by hand inside a ctql transaction is watched for ending it; ctql's own statements (and SQL
  // run in a failed transaction, which refuses the watch's readings) are not.
  if (transaction_open() && PQtransactionStatus(channel_.handle()) == PQTRANS_INTRANS && !is_own_transaction_statement(sql))
    channel_.execute_watched(sql);
  else
    channel_.execute(sql);
}

CTQL_COMPILED_PART unsigned session::begin_transaction(std::string_view begin) {
  channel_.begin_command();
  require_live_transaction();
  return savepoint_transactions::begin_transaction(begin);
}

CTQL_COMPILED_PART bool session::in_transaction() {
  if (channel_.lost() || PQstatus(channel_.handle()) == CONNECTION_BAD) return false;
  channel_.begin_command();  // an open result's command would count as active
  const PGTransactionStatusType status = PQtransactionStatus(channel_.handle());
  return status == PQTRANS_INTRANS || status == PQTRANS_INERROR;
}

CTQL_COMPILED_PART bool session::transaction_outcome_unknown() {
  // Idle, and not after a ROLLBACK: COMMIT run by hand ended it (a failed statement leaves it
  // INERROR, a command in flight ACTIVE). Reads no result, so it cannot raise.
  return transaction_open() && !channel_.lost() && PQstatus(channel_.handle()) != CONNECTION_BAD &&
         (PQtransactionStatus(channel_.handle()) == PQTRANS_IDLE || transaction_ended_by_hand()) &&
         channel_.transaction_ended_by() != channel::ended_by::rollback;
}

CTQL_COMPILED_PART void session::throw_transaction_ended() const {
  if (channel_.transaction_ended_by() == channel::ended_by::rollback)
    throw error("the transaction was rolled back by a ROLLBACK run outside ctql::transaction, so nothing more runs "
                "in it: roll back or drop its ctql::transaction");
  throw detail::transaction_ended_outside(
      "by COMMIT run as SQL text, or by SQL text of several statements that ended it, such as "
      "`ROLLBACK; BEGIN`");
}

CTQL_COMPILED_PART exec_result session::execute_dml(statement_cache::entry& st) {
  send_prepared(st);
  PGresult* r = channel_.last_result();
  if (const plan_refusal why = plan_refused(r); why != plan_refusal::none) [[unlikely]] {
    result_ptr refused(r);
    if (!replan(st, why)) return channel_.finish_command(refused.release(), "the statement failed", *st.stmt.sql);
    send_prepared(st);
    r = channel_.last_result();
  }
  return channel_.finish_command(r, "the statement failed", *st.stmt.sql);
}

CTQL_COMPILED_PART void session::send_prepared(const statement_cache::entry& st) {
  if (PQsendQueryPrepared(channel_.handle(), st.stmt.name.c_str(), params_.size(), params_.values(), params_.lengths(),
                          params_.formats(), 1) == 0)
    channel_.fail(nullptr, "cannot send the statement", *st.stmt.sql);
}

CTQL_COMPILED_PART void session::send_text(const std::string& numbered, std::string_view sql, const char* what) {
  if (PQsendQueryParams(channel_.handle(), numbered.c_str(), params_.size(), params_.types(), params_.values(),
                        params_.lengths(), params_.formats(), 1) == 0)
    channel_.fail(nullptr, what, sql);
}

CTQL_COMPILED_PART bool session::replan(statement_cache::entry& st, plan_refusal why) {
  const bool outside = PQtransactionStatus(channel_.handle()) == PQTRANS_IDLE;
  const std::shared_ptr<const std::string> sql = st.stmt.sql;
  if (why == plan_refusal::statement_gone) {
    // The server has dropped its prepared statements (DISCARD ALL drops them all): none is kept as
    // prepared, and none is deallocated, closed ones included; each is prepared at its next use.
    cache_.forget_all();
    cache_.operations().stale.clear();
  } else {
    cache_.discard(st);
  }
  if (outside) cache_.prepare_again(st, *sql);
  return outside;
}

CTQL_COMPILED_PART bool session::resend(plan_refusal why) {
  if (!replan(*sent_, why)) return false;
  send_prepared(*sent_);
  return true;
}

CTQL_COMPILED_PART void session::start_copy(const std::string& copy_sql) {
  channel_.begin_command();
  require_live_transaction();
  if (PQsendQuery(channel_.handle(), copy_sql.c_str()) == 0) channel_.fail(nullptr, "the bulk insert failed", copy_sql);
  PGresult* started = channel_.next_result(true);
  if (started == nullptr || PQresultStatus(started) != PGRES_COPY_IN)
    channel_.fail(started, "the bulk insert failed", copy_sql);
  PQclear(started);
  copy_buffer_.clear();
}

CTQL_COMPILED_PART void session::send_copy_data(const std::string& copy_sql) {
  if (PQputCopyData(channel_.handle(), copy_buffer_.data(), static_cast<int>(copy_buffer_.size())) != 1)
    channel_.fail(nullptr, "the bulk insert failed", copy_sql);
  copy_buffer_.clear();
}

CTQL_COMPILED_PART void session::abandon_copy() noexcept {
  // A value that cannot be written (or a lost connection): the COPY ends with nothing inserted.
  PQputCopyEnd(channel_.handle(), "ctql: the rows could not be sent");
  channel_.drain();
}

CTQL_COMPILED_PART exec_result session::finish_copy(const std::string& copy_sql) {
  if (PQputCopyEnd(channel_.handle(), nullptr) != 1) channel_.fail(nullptr, "the bulk insert failed", copy_sql);
  PGresult* res = channel_.next_result();
  if (res != nullptr) channel_.drain();  // the command's end
  return channel_.finish_command(res, "the bulk insert failed", copy_sql);
}

CTQL_COMPILED_PART std::int64_t session::last_assigned_key(const std::string& table_name, const std::string& key) {
  static constexpr const char* sql = "SELECT currval(pg_get_serial_sequence($1, $2))";
  const char* values[2] = {table_name.c_str(), key.c_str()};
  if (PQsendQueryParams(channel_.handle(), sql, 2, nullptr, values, nullptr, nullptr, 0) == 0)
    channel_.fail(nullptr, "cannot read the assigned key", sql);
  PGresult* r = channel_.last_result();
  if (r == nullptr || PQresultStatus(r) != PGRES_TUPLES_OK) channel_.fail(r, "cannot read the assigned key", sql);
  const result_ptr res(r);
  std::int64_t id = 0;
  if (PQntuples(res.get()) == 1 && !PQgetisnull(res.get(), 0, 0)) {
    const std::string_view text = PQgetvalue(res.get(), 0, 0);
    std::from_chars(text.data(), text.data() + text.size(), id);
  }
  return id;
}

/// Drives a connection started by PQconnectStartParams to its end, at most `seconds` (0: no
/// limit); false if the time ran out.
CTQL_COMPILED_PART bool await_connection(PGconn* conn, unsigned seconds) {
  using clock = std::chrono::steady_clock;
  const auto deadline = clock::now() + std::chrono::seconds(seconds);
  PostgresPollingStatusType state = PGRES_POLLING_WRITING;
  while (state != PGRES_POLLING_OK && state != PGRES_POLLING_FAILED) {
    int wait_ms = -1;
    if (seconds != 0) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - clock::now()).count();
      if (left <= 0) return false;
      wait_ms = static_cast<int>(left);
    }
    if (PQsocket(conn) >= 0 && !wait_socket(PQsocket(conn), state == PGRES_POLLING_WRITING, wait_ms)) return false;
    state = PQconnectPoll(conn);
  }
  return true;
}

}  // namespace ctql::postgres_detail

namespace ctql {

CTQL_COMPILED_PART postgres::connection postgres::connect(std::string_view uri) {
  const postgres_detail::connection_settings settings = postgres_detail::checked_connection_string(uri);
  std::vector<const char*> keywords;
  std::vector<const char*> values;
  for (std::size_t i = 0; i < settings.keywords.size(); ++i) {
    keywords.push_back(settings.keywords[i].c_str());
    values.push_back(settings.values[i].c_str());
  }
  keywords.push_back(nullptr);
  values.push_back(nullptr);
  PGconn* conn = PQconnectStartParams(keywords.data(), values.data(), 0);
  if (conn == nullptr) throw error("cannot connect to the PostgreSQL server: libpq is out of memory");
  auto fail = [&](std::string what, std::string message) {
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    PQfinish(conn);
    throw error(settings.scrubbed(std::move(what)), {}, settings.scrubbed(std::move(message)));
  };
  if (PQstatus(conn) != CONNECTION_BAD && !postgres_detail::await_connection(conn, settings.connect_timeout))
    fail("cannot connect to the PostgreSQL server: it did not answer within connect_timeout (" +
             std::to_string(settings.connect_timeout) + " s)",
         {});
  if (PQstatus(conn) != CONNECTION_OK) fail("cannot connect to the PostgreSQL server", PQerrorMessage(conn));
  if (PQserverVersion(conn) < 100000) fail("ctql needs PostgreSQL 10 or newer", "server version " + std::to_string(PQserverVersion(conn)));
  const char* integer_datetimes = PQparameterStatus(conn, "integer_datetimes");
  if (integer_datetimes == nullptr || std::string_view(integer_datetimes) != "on")
    fail("ctql needs a server with integer timestamps (integer_datetimes = on)", {});
  // A backslash in a literal ctql writes is one character (core/dialect/postgres.hpp): on a server
  // configured with standard_conforming_strings off (before 9.1's default) it would be an escape.
  const char* conforming = PQparameterStatus(conn, "standard_conforming_strings");
  if (conforming == nullptr || std::string_view(conforming) != "on") {
    PGresult* set = PQexec(conn, "SET standard_conforming_strings = on");
    const bool done = PQresultStatus(set) == PGRES_COMMAND_OK;
    std::string message = done ? std::string() : PQresultErrorMessage(set);
    PQclear(set);
    if (!done) fail("cannot turn standard_conforming_strings on, which ctql's literals need", std::move(message));
  }
  // Notices (e.g. "table does not exist, skipping") are not errors: do not print them.
  PQsetNoticeProcessor(conn, [](void*, const char*) {}, nullptr);
  return connection(conn, 256, std::chrono::seconds(settings.read_timeout));
}

}  // namespace ctql

#ifndef CTQL_HEADER_ONLY
template class ctql::detail::statement_cache<ctql::postgres_detail::cache_operations>;
template class ctql::savepoint_transactions<ctql::postgres_detail::session>;
#endif
