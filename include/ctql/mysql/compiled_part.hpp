#pragma once
// What ctql_mysql compiles once: the MySQL connector's code that depends on no statement
// (connecting and parsing its URL, executing SQL text, rewriting :name placeholders, the link's
// error paths, preparing, starting and ending a result, binding result columns, transactions,
// the statement cache's slow path, error paths of binding and reading). With CTQL_HEADER_ONLY,
// <ctql/mysql.hpp> includes it and it is inline.
#include <mysql.h>

#include <algorithm>
#include <bit>
#include <charconv>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <exception>
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
#include "ctql/mysql/connection.hpp"

namespace ctql::mysql_detail {

// --- url.hpp ---------------------------------------------------------------------------------

namespace url_text {
inline constexpr std::string_view options_known =
    "unix_socket, charset, connect_timeout, read_timeout, write_timeout, max_allowed_packet";

CTQL_COMPILED_PART bool is_unreserved(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}
CTQL_COMPILED_PART bool is_sub_delim(char c) { return std::string_view("!$&'()*+,;=").find(c) != std::string_view::npos; }
CTQL_COMPILED_PART int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// The length of the URL's scheme with its "://" (mysql:// or mariadb://), 0 if it has neither.
CTQL_COMPILED_PART std::size_t scheme_length(std::string_view url) {
  for (std::string_view scheme : {std::string_view("mysql://"), std::string_view("mariadb://")})
    if (url.starts_with(scheme)) return scheme.size();
  return 0;
}

/// The URL as it may appear in a message, or "" when it must not appear at all. All before the
/// last '@' is hidden, user name too (a password whose ':' was left out joins the user name):
/// mysql://***@host/db. With no '@', all after the first ':' (a URL missing its '@' has the
/// password where the port goes). Without a scheme nothing tells where a password is: not shown.
CTQL_COMPILED_PART std::string redacted(std::string_view url) {
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

[[noreturn, gnu::cold]] CTQL_COMPILED_PART void malformed(std::string_view url, std::string_view what) {
  const std::string shown = redacted(url);
  throw error("malformed MySQL URL" + (shown.empty() ? std::string() : " '" + shown + "'") + ": " + std::string(what) +
              " (expected mysql://user:password@host:port/database?option=value&...)");
}

/// Percent-decodes `part`; `name` says which part it is, `secret` keeps its text out of messages.
/// A query value may also hold '/', '?' and '@' as they are.
CTQL_COMPILED_PART std::string decode(std::string_view url, std::string_view part, std::string_view name, bool secret,
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
CTQL_COMPILED_PART unsigned long parse_number(std::string_view url, std::string_view text, std::string_view what,
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
CTQL_COMPILED_PART url_parts parse_url(std::string_view url) {
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

// --- named_sql.hpp ---------------------------------------------------------------------------

namespace named_sql_text {
CTQL_COMPILED_PART bool is_name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
CTQL_COMPILED_PART bool is_name_char(char c) { return is_name_start(c) || (c >= '0' && c <= '9'); }
CTQL_COMPILED_PART bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/// Where the quoted text, comment or identifier starting at `i` ends (one past it), or npos
/// if nothing starts there. Backslash escapes count in strings unless the server has
/// NO_BACKSLASH_ESCAPES.
CTQL_COMPILED_PART std::size_t skip_quoted_or_comment(std::string_view s, std::size_t i, bool backslash_escapes) {
  const char c = s[i];
  if (c == '\'' || c == '"' || c == '`') {
    std::size_t j = i + 1;
    while (j < s.size()) {
      if (s[j] == '\\' && c != '`' && backslash_escapes) {
        j += 2;
      } else if (s[j] == c) {
        if (j + 1 < s.size() && s[j + 1] == c) j += 2;  // a doubled quote
        else return j + 1;
      } else {
        ++j;
      }
    }
    return s.size();  // unterminated: the server reports it
  }
  if (c == '#' || (c == '-' && s.substr(i).starts_with("--") && (i + 2 == s.size() || is_space(s[i + 2])))) {
    const std::size_t end = s.find('\n', i);
    return end == std::string_view::npos ? s.size() : end + 1;
  }
  if (c == '/' && s.substr(i).starts_with("/*")) {
    const std::size_t end = s.find("*/", i + 2);
    return end == std::string_view::npos ? s.size() : end + 2;
  }
  return std::string_view::npos;
}
}  // namespace named_sql_text

/// Rewrites `:name` to `?`; `::` stays as it is. Raises ctql::error for a second statement after
/// a `;`, and for a bare `?` (text statements name their values).
CTQL_COMPILED_PART named_sql rewrite_named_placeholders(std::string_view sql, bool backslash_escapes) {
  using namespace named_sql_text;
  named_sql out;
  out.sql.reserve(sql.size());
  std::size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    if (const std::size_t end = skip_quoted_or_comment(sql, i, backslash_escapes); end != std::string_view::npos) {
      out.sql.append(sql.substr(i, end - i));
      i = end;
    } else if (c == ':' && i + 1 < sql.size() && sql[i + 1] == ':') {
      out.sql += "::";
      i += 2;
    } else if (c == ':' && i + 1 < sql.size() && is_name_start(sql[i + 1])) {
      std::size_t j = i + 1;
      while (j < sql.size() && is_name_char(sql[j])) ++j;
      out.names.push_back(sql.substr(i + 1, j - i - 1));
      out.sql += '?';
      i = j;
    } else if (c == '?') {
      throw error("a text statement names its values (:name); a bare '?' is not allowed", std::string(sql));
    } else if (c == ';') {
      // Only blanks, comments and further ';' may follow.
      for (std::size_t j = i + 1; j < sql.size();) {
        if (is_space(sql[j]) || sql[j] == ';') {
          ++j;
        } else if (const std::size_t end = skip_quoted_or_comment(sql, j, backslash_escapes);
                   end != std::string_view::npos && sql[j] != '\'' && sql[j] != '"' && sql[j] != '`') {
          j = end;
        } else {
          throw error("the SQL holds more than one statement; run them one at a time", std::string(sql));
        }
      }
      break;  // the trailing ';' is dropped
    } else {
      out.sql += c;
      ++i;
    }
  }
  return out;
}

// --- value_binding.hpp -----------------------------------------------------------------------

CTQL_COMPILED_PART void throw_time_range(date d, const char* type) {
  throw error("a value in the year " + std::to_string(to_civil(d).year) +
              " does not fit in MySQL's " + type + " (years 0000 to 9999)");
}

CTQL_COMPILED_PART void param_binds::reset(std::size_t count) {
  binds_.assign(count, MYSQL_BIND{});
  if (extras_.size() < count) extras_.resize(count);
  next_ = 0;
  refused_ = nullptr;
}

CTQL_COMPILED_PART void param_binds::refuse(std::size_t index, const char* what) {
  if (refused_ != nullptr) return;  // the first one is reported
  refused_ = what;
  refused_index_ = index;
}

// --- value_reading.hpp -----------------------------------------------------------------------

CTQL_COMPILED_PART column_kind kind_of(const MYSQL_FIELD& f) {
  switch (f.type) {
    case MYSQL_TYPE_NULL: return column_kind::null;
    case MYSQL_TYPE_TINY:
    case MYSQL_TYPE_SHORT:
    case MYSQL_TYPE_INT24:
    case MYSQL_TYPE_LONG:
    case MYSQL_TYPE_LONGLONG:
    case MYSQL_TYPE_YEAR:
      return (f.flags & UNSIGNED_FLAG) != 0 ? column_kind::unsigned_integer : column_kind::signed_integer;
    case MYSQL_TYPE_BIT: return column_kind::bits;
    case MYSQL_TYPE_FLOAT: return column_kind::float32;
    case MYSQL_TYPE_DOUBLE: return column_kind::float64;
    case MYSQL_TYPE_DECIMAL:
    case MYSQL_TYPE_NEWDECIMAL: return column_kind::decimal;
    case MYSQL_TYPE_VARCHAR:
    case MYSQL_TYPE_VAR_STRING:
    case MYSQL_TYPE_STRING:
    case MYSQL_TYPE_TINY_BLOB:
    case MYSQL_TYPE_BLOB:
    case MYSQL_TYPE_MEDIUM_BLOB:
    case MYSQL_TYPE_LONG_BLOB:
    case MYSQL_TYPE_ENUM:
    case MYSQL_TYPE_SET:
    case MYSQL_TYPE_JSON:
      return f.charsetnr == binary_charset ? column_kind::binary : column_kind::text;
    case MYSQL_TYPE_DATE:
    case MYSQL_TYPE_NEWDATE: return column_kind::date;
    case MYSQL_TYPE_DATETIME:
    case MYSQL_TYPE_TIMESTAMP: return column_kind::datetime;
    default: return column_kind::other;
  }
}

CTQL_COMPILED_PART const char* type_name(enum_field_types type, bool binary) {
  switch (type) {
    case MYSQL_TYPE_NULL: return "NULL";
    case MYSQL_TYPE_TINY: return "TINYINT";
    case MYSQL_TYPE_SHORT: return "SMALLINT";
    case MYSQL_TYPE_INT24: return "MEDIUMINT";
    case MYSQL_TYPE_LONG: return "INT";
    case MYSQL_TYPE_LONGLONG: return "BIGINT";
    case MYSQL_TYPE_YEAR: return "YEAR";
    case MYSQL_TYPE_BIT: return "BIT";
    case MYSQL_TYPE_FLOAT: return "FLOAT";
    case MYSQL_TYPE_DOUBLE: return "DOUBLE";
    case MYSQL_TYPE_DECIMAL:
    case MYSQL_TYPE_NEWDECIMAL: return "DECIMAL";
    case MYSQL_TYPE_VARCHAR:
    case MYSQL_TYPE_VAR_STRING: return binary ? "VARBINARY" : "VARCHAR";
    case MYSQL_TYPE_STRING: return binary ? "BINARY" : "CHAR";
    case MYSQL_TYPE_TINY_BLOB:
    case MYSQL_TYPE_BLOB:
    case MYSQL_TYPE_MEDIUM_BLOB:
    case MYSQL_TYPE_LONG_BLOB: return binary ? "BLOB" : "TEXT";
    case MYSQL_TYPE_ENUM: return "ENUM";
    case MYSQL_TYPE_SET: return "SET";
    case MYSQL_TYPE_JSON: return "JSON";
    case MYSQL_TYPE_DATE:
    case MYSQL_TYPE_NEWDATE: return "DATE";
    case MYSQL_TYPE_DATETIME: return "DATETIME";
    case MYSQL_TYPE_TIMESTAMP: return "TIMESTAMP";
    case MYSQL_TYPE_TIME: return "TIME";
    case MYSQL_TYPE_GEOMETRY: return "GEOMETRY";
    default: return "a value of a type ctql does not read";
  }
}

/// The member of `c` that holds a fixed-size value, its size and the buffer type MySQL writes it
/// as; {nullptr, 0} for a column held as bytes. The one mapping from a column's kind to where its
/// value lives: bind_column gives MySQL that buffer, keep_value and load_kept_row copy it.
struct fixed_value {
  void* at;
  std::size_t size;
  enum_field_types buffer_type;
};
CTQL_COMPILED_PART fixed_value fixed_value_of(column_buffer& c) {
  switch (c.kind) {
    case column_kind::null:
    case column_kind::signed_integer:
    case column_kind::unsigned_integer: return {&c.integer, sizeof c.integer, MYSQL_TYPE_LONGLONG};
    case column_kind::float32: return {&c.float32, sizeof c.float32, MYSQL_TYPE_FLOAT};
    case column_kind::float64: return {&c.float64, sizeof c.float64, MYSQL_TYPE_DOUBLE};
    case column_kind::date: return {&c.time, sizeof c.time, MYSQL_TYPE_DATE};
    case column_kind::datetime: return {&c.time, sizeof c.time, MYSQL_TYPE_DATETIME};
    default: return {nullptr, 0, MYSQL_TYPE_NULL};
  }
}

CTQL_COMPILED_PART void bind_column(MYSQL_BIND& b, column_buffer& c, const MYSQL_FIELD& f) {
  c.kind = kind_of(f);
  c.type = f.type;
  c.binary = f.charsetnr == binary_charset;
  c.wanted = 0;
  b = MYSQL_BIND{};
  b.is_null = &c.is_null;
  b.error = &c.error;
  b.length = &c.length;
  if (const fixed_value v = fixed_value_of(c); v.at != nullptr) {
    b.buffer_type = v.buffer_type;
    b.buffer = v.at;
    b.is_unsigned = c.kind == column_kind::unsigned_integer;
  } else {
    c.bytes.resize(std::clamp<unsigned long>(f.length, 16, 256));
    b.buffer_type = c.kind == column_kind::binary || c.kind == column_kind::bits ? MYSQL_TYPE_BLOB : MYSQL_TYPE_STRING;
    b.buffer = c.bytes.data();
    b.buffer_length = static_cast<unsigned long>(c.bytes.size());
  }
}

CTQL_COMPILED_PART void throw_conversion(std::string_view what, std::string_view sql,
                                                                     unsigned column) {
  throw error("result column " + std::to_string(column) + ": " + std::string(what), std::string(sql));
}
CTQL_COMPILED_PART void throw_null(const row_source& src, unsigned column) {
  throw_conversion("is NULL but the result type is not std::optional; make it std::optional<T>", src.sql, column);
}
CTQL_COMPILED_PART void throw_kind(const row_source& src, unsigned column,
                                                               const column_buffer& c, const char* wanted) {
  throw_conversion(std::string("holds ") + type_name(c.type, c.binary) + ", which cannot be read exactly as " + wanted,
                   src.sql, column);
}
CTQL_COMPILED_PART void throw_out_of_range(const row_source& src, unsigned column,
                                                                       std::string_view value) {
  throw_conversion("holds " + std::string(value) + ", out of range of the result's integer type", src.sql, column);
}
CTQL_COMPILED_PART void throw_out_of_range(const row_source& src, unsigned column,
                                                                       const column_buffer& c) {
  throw_out_of_range(src, column,
                     c.kind == column_kind::signed_integer ? std::to_string(c.integer)
                                                           : std::to_string(static_cast<unsigned long long>(c.integer)));
}
CTQL_COMPILED_PART void throw_not_bool(const row_source& src, unsigned column,
                                                                   unsigned long long v, bool negative) {
  throw_conversion("holds " + std::string(negative ? "-" : "") + std::to_string(v) + ", not a bool (0 or 1)", src.sql,
                   column);
}
CTQL_COMPILED_PART void throw_fraction(const row_source& src, unsigned column,
                                                                   std::string_view text) {
  throw_conversion("holds the DECIMAL " + std::string(text) + ", which has a fraction; read it as double", src.sql,
                   column);
}
CTQL_COMPILED_PART void throw_not_decimal(const row_source& src, unsigned column,
                                                                      std::string_view text) {
  throw_conversion("holds '" + std::string(text) + "', not a decimal number", src.sql, column);
}
CTQL_COMPILED_PART void throw_inexact_double(const row_source& src, unsigned column,
                                                                         std::string_view value) {
  throw_conversion("holds the integer " + std::string(value) + ", which a double cannot hold exactly", src.sql, column);
}
CTQL_COMPILED_PART void throw_inexact_float(const row_source& src, unsigned column) {
  throw_conversion("holds a value a float cannot hold exactly; read it as double", src.sql, column);
}
CTQL_COMPILED_PART void throw_bad_time(const row_source& src, unsigned column,
                                                                   const MYSQL_TIME& t) {
  throw_conversion("holds " + std::to_string(t.year) + "-" + std::to_string(t.month) + "-" + std::to_string(t.day) +
                       " " + std::to_string(t.hour) + ":" + std::to_string(t.minute) + ":" + std::to_string(t.second) +
                       ", not a valid date or time (a zero date?)",
                   src.sql, column);
}
CTQL_COMPILED_PART void throw_fetch_column(const row_source& src, unsigned column) {
  throw error("result column " + std::to_string(column) + ": cannot fetch the rest of a long value", std::string(src.sql),
              mysql_stmt_error(src.stmt), static_cast<int>(mysql_stmt_errno(src.stmt)), mysql_stmt_sqlstate(src.stmt));
}

CTQL_COMPILED_PART void fetch_rest(column_buffer& c, const row_source& src, unsigned column, void* out) {
  const unsigned long have = static_cast<unsigned long>(c.bytes.size());  // what the bind's buffer holds
  std::memcpy(out, c.bytes.data(), have);
  MYSQL_BIND rest{};
  unsigned long length = 0;
  flag is_null = 0;
  flag truncated = 0;
  rest.buffer_type = src.binds[column].buffer_type;
  rest.buffer = static_cast<char*>(out) + have;
  rest.buffer_length = c.length - have;
  rest.length = &length;
  rest.is_null = &is_null;
  rest.error = &truncated;
  if (mysql_stmt_fetch_column(src.stmt, &rest, column, have) != 0) throw_fetch_column(src, column);
  // Later rows of this column get a buffer that fits (up to a bound).
  c.wanted = std::min(std::bit_ceil(c.length), max_kept_buffer);
}

CTQL_COMPILED_PART integer_value decimal_integer(std::string_view text, const row_source& src, unsigned column) {
  std::string_view s = text;
  const bool negative = !s.empty() && s.front() == '-';
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
  const std::size_t point = s.find('.');
  const std::string_view whole = s.substr(0, point);
  const std::string_view fraction = point == std::string_view::npos ? std::string_view{} : s.substr(point + 1);
  if (whole.empty() || whole.find_first_not_of("0123456789") != std::string_view::npos ||
      fraction.find_first_not_of("0123456789") != std::string_view::npos)
    throw_not_decimal(src, column, text);
  if (fraction.find_first_not_of('0') != std::string_view::npos) throw_fraction(src, column, text);
  unsigned long long magnitude = 0;
  for (char d : whole) {
    const auto digit = static_cast<unsigned long long>(d - '0');
    if (magnitude > (ULLONG_MAX - digit) / 10) throw_out_of_range(src, column, text);
    magnitude = magnitude * 10 + digit;
  }
  constexpr unsigned long long limit = static_cast<unsigned long long>(LLONG_MAX) + 1;
  if (negative && magnitude > limit) throw_out_of_range(src, column, text);
  return {magnitude, negative};
}

// --- link.hpp --------------------------------------------------------------------------------

CTQL_COMPILED_PART bool is_connection_lost(unsigned code, const char* sqlstate) {
  switch (code) {
    case 2006:
    case 2013:
    case 2055:
    case 1927:
    case 4031: return true;
    default: return sqlstate != nullptr && std::strncmp(sqlstate, "08", 2) == 0;
  }
}

CTQL_COMPILED_PART link::~link() {
  for (MYSQL_STMT* stmt : to_close_) mysql_stmt_close(stmt);
  mysql_close(db_);
}

CTQL_COMPILED_PART void link::settle_slowly() {
  if (lost_) throw_lost();
  if (streaming_ != nullptr) {
    stream* s = streaming_;
    s->buffer_rest();
    streaming_ = nullptr;
    if (lost_) throw_lost();
  }
  if (transaction_open_ && !transaction_still_open()) throw_transaction_ended();
  if (!to_close_.empty()) close_pending();
}

CTQL_COMPILED_PART void link::close_statement(MYSQL_STMT* stmt) noexcept {
  if (streaming_ == nullptr) {
    mysql_stmt_close(stmt);
    return;
  }
  try {
    to_close_.push_back(stmt);
  } catch (...) {
    // No memory: the statement stays open on the server until the connection closes.
  }
}

CTQL_COMPILED_PART void link::execute(MYSQL_STMT* stmt, std::string_view sql, std::string_view what) {
  if (params_.bound() != params_.size() || params_.refused() != nullptr) [[unlikely]] throw_unbindable(sql);
  if (params_.size() != 0 && mysql_stmt_bind_param(stmt, params_.data()) != 0) fail(what, sql, stmt);
  if (mysql_stmt_execute(stmt) != 0) fail(what, sql, stmt);
}

CTQL_COMPILED_PART void link::discard_more_results(MYSQL_STMT* stmt, std::string_view sql) {
  while (mysql_stmt_more_results(stmt)) {
    const int rc = mysql_stmt_next_result(stmt);
    if (rc > 0) fail("the statement failed", sql, stmt);
    if (rc < 0) break;
    if (mysql_stmt_field_count(stmt) != 0 && mysql_stmt_free_result(stmt) != 0) fail("the statement failed", sql, stmt);
  }
}

CTQL_COMPILED_PART error link::failure(std::string_view what, std::string_view sql, MYSQL_STMT* stmt) {
  // A network failure while rows stream (mysql_stmt_fetch) is recorded on the connection only,
  // leaving the statement's code 0: then the connection's error is the one that happened.
  if (mysql_stmt_errno(stmt) == 0) return failure(what, sql);
  return failure(what, sql, mysql_stmt_errno(stmt), mysql_stmt_error(stmt), mysql_stmt_sqlstate(stmt));
}
CTQL_COMPILED_PART error link::failure(std::string_view what, std::string_view sql) {
  return failure(what, sql, mysql_errno(db_), mysql_error(db_), mysql_sqlstate(db_));
}
CTQL_COMPILED_PART error link::failure(std::string_view what, std::string_view sql, unsigned code, const char* message,
                                       const char* sqlstate) {
  if (is_connection_lost(code, sqlstate)) {
    lost_ = true;
    return detail::connection_lost(sql, transaction_open_, message, static_cast<int>(code), sqlstate);
  }
  error e(std::string(what), std::string(sql), message, static_cast<int>(code), sqlstate);
  // (The probe overwrites the connection's error text: e has its own copy.) Only a deadlock and a lock
  // wait timeout (with innodb_rollback_on_timeout) roll the transaction back; a transaction that is
  // over after any other error was ended by what ran before it (`COMMIT; SELECT * FROM missing`, or a
  // failing CREATE TABLE, which commits first): committed, as far as the client can tell.
  if (transaction_open_ && !rolled_back_ && !ended_by_hand_ && transaction_ended()) {
    if (code != 1213 && code != 1205) {  // ER_LOCK_DEADLOCK, ER_LOCK_WAIT_TIMEOUT
      ended_by_hand_ = true;
      return e;
    }
    rolled_back_ = true;
    return error(std::string(what) + "; the server rolled back the whole transaction, so nothing more runs in it: " +
                     "roll back the guard (and retry the transaction if you wish)",
                 e.sql(), e.database_message(), e.code(), e.sqlstate());
  }
  return e;
}
CTQL_COMPILED_PART void link::fail(std::string_view what, std::string_view sql, MYSQL_STMT* stmt) {
  throw failure(what, sql, stmt);
}
CTQL_COMPILED_PART void link::fail(std::string_view what, std::string_view sql) { throw failure(what, sql); }
CTQL_COMPILED_PART void link::throw_lost() const { throw error(detail::connection_lost_text({}, transaction_open_)); }

CTQL_COMPILED_PART void link::throw_unbindable(std::string_view sql) const {
  if (params_.refused() != nullptr)
    throw error("the value of placeholder " + std::to_string(params_.refused_index() + 1) + " is " +
                    params_.refused() + ", which MySQL and MariaDB cannot store or compare (a column would " +
                    "refuse it or keep 0 instead); bind std::nullopt for a missing value",
                std::string(sql));
  throw error("the statement has " + std::to_string(params_.size()) + " placeholders but " +
                  std::to_string(params_.bound()) + " values were bound",
              std::string(sql));
}
CTQL_COMPILED_PART bool link::transaction_ended() {
  if (streaming_ != nullptr) return false;  // the connection cannot take a command now
  constexpr std::string_view probe = "DO 0";
  if (mysql_real_query(db_, probe.data(), static_cast<unsigned long>(probe.size())) != 0) {
    if (is_connection_lost(mysql_errno(db_), mysql_sqlstate(db_))) lost_ = true;
    return lost_;
  }
  return !server_in_transaction();
}

CTQL_COMPILED_PART void link::throw_transaction_ended() const {
  if (rolled_back_)
    throw error("the transaction was rolled back by the server (after a deadlock, a lock wait timeout or another "
                "error that ends it), so nothing more runs in it; roll back the guard (tx.rollback(), or let it "
                "go out of scope) and retry the transaction");
  // COMMIT, ROLLBACK or a statement that commits implicitly, run as SQL text: which one is not known.
  throw detail::transaction_ended_outside(
      "by a statement that commits implicitly, such as CREATE TABLE, or by COMMIT or ROLLBACK run as SQL text");
}

CTQL_COMPILED_PART void link::close_pending() noexcept {
  for (MYSQL_STMT* stmt : std::exchange(to_close_, {})) mysql_stmt_close(stmt);
}

// --- statement_cache.hpp ---------------------------------------------------------------------

CTQL_COMPILED_PART cache_operations::statement cache_operations::prepare(std::string sql, bool) {
  MYSQL_STMT* stmt = mysql_stmt_init(connection->handle());
  if (stmt == nullptr) connection->fail("cannot prepare the statement", sql);
  if (mysql_stmt_prepare(stmt, sql.data(), static_cast<unsigned long>(sql.size())) != 0) {
    error e = connection->failure("cannot prepare the statement", sql, stmt);
    mysql_stmt_close(stmt);
    throw e;
  }
  return {stmt, std::move(sql)};
}

CTQL_COMPILED_PART exec_result session::execute_dml(const statement_cache::lease& lease, bind_values_ref bind) {
  const statement_cache::release_on_exit guard{cache_, lease};
  param_binds& params = link_.params();
  params.reset(mysql_stmt_param_count(lease->handle));
  bind(params);
  link_.execute(lease->handle, lease->sql, "the statement failed");
  exec_result r;
  if (mysql_stmt_field_count(lease->handle) != 0) {  // rows nobody asked for
    if (mysql_stmt_free_result(lease->handle) != 0) link_.fail("the statement failed", lease->sql, lease->handle);
  } else {
    r = {mysql_stmt_affected_rows(lease->handle), static_cast<std::int64_t>(mysql_stmt_insert_id(lease->handle))};
  }
  if (mysql_stmt_more_results(lease->handle)) [[unlikely]]
    link_.discard_more_results(lease->handle, lease->sql);
  return r;
}

// --- result.hpp ------------------------------------------------------------------------------

CTQL_COMPILED_PART void open_result(link& l, const cache_operations::statement& st, stream* self, MYSQL_BIND* binds,
                                    column_buffer* columns, std::size_t count, bool from_text) {
  l.execute(st.handle, st.sql, "the query failed");
  l.start_stream(self);
  if (mysql_stmt_field_count(st.handle) != count)
    throw_column_count_mismatch(st.sql, mysql_stmt_field_count(st.handle), count, from_text);
  MYSQL_RES* metadata = mysql_stmt_result_metadata(st.handle);
  if (metadata == nullptr) l.fail("the query failed", st.sql, st.handle);
  const MYSQL_FIELD* fields = mysql_fetch_fields(metadata);
  for (std::size_t i = 0; i < count; ++i) bind_column(binds[i], columns[i], fields[i]);
  mysql_free_result(metadata);
  if (mysql_stmt_bind_result(st.handle, binds) != 0) l.fail("the query failed", st.sql, st.handle);
}

CTQL_COMPILED_PART void close_stream(link& l, const cache_operations::statement& st, stream* self) noexcept {
  if (!l.is_streaming(self)) return;
  try {
    if (mysql_stmt_free_result(st.handle) != 0) l.fail("", st.sql, st.handle);
    l.discard_more_results(st.handle, st.sql);
  } catch (...) {
    // A destructor cannot report it, nor can a result that keeps an earlier failure; a lost
    // connection is marked and refuses its next use.
  }
  l.end_stream(self);
}

CTQL_COMPILED_PART bool fetch_ended(link& l, const cache_operations::statement& st, stream* self, int rc,
                                    MYSQL_BIND* binds, column_buffer* columns, std::size_t count, bool& regrow) {
  if (rc == MYSQL_NO_DATA) {
    l.end_stream(self);
    if (mysql_stmt_more_results(st.handle)) [[unlikely]]
      l.discard_more_results(st.handle, st.sql);
    return false;
  }
  if (rc == MYSQL_DATA_TRUNCATED) {
    // A value longer than its buffer is fetched whole when read; later rows get a buffer that
    // fits. A fixed-size value cut short would be a loss: it raises.
    for (std::size_t i = 0; i < count; ++i) {
      column_buffer& c = columns[i];
      if (c.is_null || !c.error) continue;
      if (binds[i].buffer_type == MYSQL_TYPE_STRING || binds[i].buffer_type == MYSQL_TYPE_BLOB) {
        const unsigned long wanted = std::min(std::bit_ceil(c.length), max_kept_buffer);
        if (wanted > binds[i].buffer_length) {
          c.wanted = wanted;
          regrow = true;
        }
      } else {
        throw_conversion("the client library could not fetch the value exactly", st.sql, static_cast<unsigned>(i));
      }
    }
    return true;
  }
  l.end_stream(self);  // the client library is ready for another command
  l.fail("the query failed", st.sql, st.handle);
}

CTQL_COMPILED_PART void regrow(link& l, const cache_operations::statement& st, MYSQL_BIND* binds,
                               column_buffer* columns, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    column_buffer& c = columns[i];
    if (c.wanted == 0) continue;
    c.bytes.resize(c.wanted);
    binds[i].buffer = c.bytes.data();
    binds[i].buffer_length = static_cast<unsigned long>(c.bytes.size());
    c.wanted = 0;
  }
  if (mysql_stmt_bind_result(st.handle, binds) != 0) l.fail("the query failed", st.sql, st.handle);
}

// A row read ahead is kept as its values' bytes: for each column a NULL mark, then the value as its
// buffer holds it (an integer, a float, a MYSQL_TIME), or its length and its bytes, whole; read back
// by load_kept_row in the same process.

/// Appends the fetched value of column `column` (c) to `kept`; a value longer than its buffer is
/// fetched whole now, while the statement is at its row.
CTQL_COMPILED_PART void keep_value(std::string& kept, column_buffer& c, const row_source& src, unsigned column) {
  kept.push_back(c.is_null ? '\1' : '\0');
  if (c.is_null) return;
  if (const fixed_value v = fixed_value_of(c); v.at != nullptr) {
    kept.append(static_cast<const char*>(v.at), v.size);
    return;
  }
  kept.append(reinterpret_cast<const char*>(&c.length), sizeof c.length);
  if (c.length <= c.bytes.size()) {
    kept.append(c.bytes.data(), c.length);
  } else {  // the rest fetched now, while the statement is at this row
    const std::size_t at = kept.size();
    kept.resize(at + c.length);
    fetch_rest(c, src, column, kept.data() + at);
  }
}

CTQL_COMPILED_PART void load_kept_row(column_buffer* columns, std::size_t count, const char* at) {
  for (std::size_t i = 0; i < count; ++i) {
    column_buffer& c = columns[i];
    c.is_null = *at++ != '\0';
    if (c.is_null) continue;
    if (const fixed_value v = fixed_value_of(c); v.at != nullptr) {
      std::memcpy(v.at, at, v.size);
      at += v.size;
      continue;
    }
    std::memcpy(&c.length, at, sizeof c.length);
    at += sizeof c.length;
    c.bytes.assign(at, c.length);  // whole: read as a value that fit its buffer
    at += c.length;
  }
}

CTQL_COMPILED_PART void read_ahead(link& l, const cache_operations::statement& st, stream* self, MYSQL_BIND* binds,
                                   column_buffer* columns, std::size_t count, bool current_too, bool& regrow_next,
                                   std::string& kept, std::vector<std::size_t>& starts,
                                   std::exception_ptr& failure) noexcept {
  const row_source src{st.handle, binds, st.sql};
  const auto keep_row = [&] {
    const std::size_t start = kept.size();
    for (std::size_t i = 0; i < count; ++i) keep_value(kept, columns[i], src, static_cast<unsigned>(i));
    starts.push_back(start);  // only once the row is whole
  };
  try {
    if (current_too) keep_row();
    while (fetch_next(l, st, self, binds, columns, count, regrow_next)) keep_row();
  } catch (...) {
    failure = std::current_exception();
    close_stream(l, st, self);  // the first failure is the one the rows report
  }
  l.end_stream(self);
}

CTQL_COMPILED_PART void throw_read_past_end(std::string_view sql) {
  throw error("no row to read: the result has been read to its end", std::string(sql));
}

// --- connection.hpp --------------------------------------------------------------------------

CTQL_COMPILED_PART session::session(MYSQL* db, std::size_t cache_capacity,
                                    std::optional<unsigned long> client_packet_limit)
    : link_(db), cache_(cache_capacity, &link_), client_packet_limit_(client_packet_limit) {}

CTQL_COMPILED_PART void session::throw_backslash_escapes_off(std::string_view sql) {
  throw error(
      "this session has NO_BACKSLASH_ESCAPES on (set by hand: ctql's connect() turns it off), and the "
      "statement has a backslash in a literal, which ctql writes twice for backslash escapes: the server "
      "would store or compare it as two backslashes. Turn NO_BACKSLASH_ESCAPES off on this connection, or "
      "bind the value instead of writing it as ctql::literal or default_value",
      std::string(sql));
}

CTQL_COMPILED_PART void session::execute(std::string_view sql) {
  link_.settle();
  limits_.reset();  // the SQL may set what they hold (auto_increment_increment)
  // BEGIN and START TRANSACTION commit the open transaction and begin another, and COMMIT AND CHAIN
  // (or any COMMIT with completion_type CHAIN) begins one: the server is still in a transaction after
  // them, but not in the ctql one. Judged before running, so that a failure partway counts too.
  // (ctql's own COMMIT is left to the status: it ends the transaction only if it succeeds.)
  if (sql != "COMMIT" && begins_another_transaction(sql)) link_.note_transaction_ended_by_hand();
  MYSQL* db = link_.handle();
  if (mysql_real_query(db, sql.data(), static_cast<unsigned long>(sql.size())) != 0)
    link_.fail("the statement failed", sql);
  while (true) {
    if (MYSQL_RES* rows = mysql_store_result(db)) mysql_free_result(rows);
    else if (mysql_field_count(db) != 0) link_.fail("the statement failed", sql);
    link_.note_statement_status();  // each result's OK packet says whether a transaction is open
    const int next = mysql_next_result(db);
    if (next < 0) break;
    if (next > 0) link_.fail("the statement failed", sql);
  }
}

CTQL_COMPILED_PART unsigned session::begin_transaction(std::string_view begin) {
  link_.settle();  // refuses a nested one in a transaction the server has ended
  const unsigned depth = savepoint_transactions::begin_transaction(begin);
  link_.set_transaction_open(true);
  return depth;
}
CTQL_COMPILED_PART void session::commit_transaction(unsigned depth) {
  link_.settle();  // says why, if the server has ended the transaction
  struct sync {  // also when the commit fails and the transaction is over
    session& s;
    ~sync() { s.link_.set_transaction_open(s.transaction_open()); }
  } after{*this};
  savepoint_transactions::commit_transaction(depth);
}
CTQL_COMPILED_PART void session::rollback_transaction(unsigned depth) {
  struct sync {
    session& s;
    ~sync() { s.link_.set_transaction_open(s.transaction_open()); }
  } after{*this};
  // The outermost ROLLBACK runs whatever the server did to the transaction (SQL run by hand may have
  // ended it and begun another): settle() must not refuse it.
  if (depth == 0) link_.set_transaction_open(false);
  savepoint_transactions::rollback_transaction(depth);
}

CTQL_COMPILED_PART const session::server_limits& session::read_limits() {
  link_.settle();
  MYSQL* db = link_.handle();
  constexpr std::string_view sql = "SELECT @@max_allowed_packet, @@auto_increment_increment";
  if (mysql_real_query(db, sql.data(), sql.size()) != 0) link_.fail("cannot read the server's limits", sql);
  MYSQL_RES* rows = mysql_store_result(db);
  if (rows == nullptr) link_.fail("cannot read the server's limits", sql);
  server_limits l;
  if (MYSQL_ROW row = mysql_fetch_row(rows); row != nullptr && row[0] != nullptr && row[1] != nullptr) {
    l.packet = static_cast<std::size_t>(std::strtoull(row[0], nullptr, 10));
    l.id_increment = std::max<std::uint64_t>(1, std::strtoull(row[1], nullptr, 10));
  }
  mysql_free_result(rows);
  if (l.packet == 0) throw error("the server reported no max_allowed_packet", std::string(sql));
  if (client_packet_limit_) l.packet = std::min<std::size_t>(l.packet, *client_packet_limit_);
  return *(limits_ = l);
}

/// mysql_library_init, once per process (before any thread opens a connection).
CTQL_COMPILED_PART void library_init() {
  static const bool initialised = [] {
    if (mysql_library_init(0, nullptr, nullptr) != 0) throw error("cannot initialise the MySQL client library");
    return true;
  }();
  (void)initialised;
}

CTQL_COMPILED_PART void set_option(MYSQL* db, mysql_option option, const void* value, std::string_view name) {
  if (mysql_options(db, option, value) != 0)
    throw error("the MySQL client library does not take the option " + std::string(name));
}

// --- server_version.hpp ----------------------------------------------------------------------

CTQL_COMPILED_PART server_version parse_server_version(std::string_view text) {
  server_version v;
  // "mariadb" in any case, anywhere: "10.11.6-MariaDB-0+deb12u1", "11.4.2-MariaDB-log".
  for (std::size_t i = 0; i + 7 <= text.size() && v.family == server_family::mysql; ++i) {
    constexpr std::string_view name = "mariadb";
    bool same = true;
    for (std::size_t j = 0; j < name.size() && same; ++j)
      same = (text[i + j] | 0x20) == name[j];
    if (same) v.family = server_family::mariadb;
  }
  // MariaDB before 11 may announce itself as "5.5.5-10.x.y-MariaDB" to clients that do not strip it.
  if (v.family == server_family::mariadb && text.starts_with("5.5.5-")) text.remove_prefix(6);
  unsigned* parts[] = {&v.major, &v.minor, &v.patch};
  const char* at = text.data();
  const char* end = text.data() + text.size();
  for (std::size_t i = 0; i < 3; ++i) {
    if (i > 0) {
      if (at == end || *at != '.') return server_version{false, v.family};
      ++at;
    }
    const auto [next, ec] = std::from_chars(at, end, *parts[i]);
    if (ec != std::errc() || next == at) return server_version{false, v.family};
    at = next;
  }
  v.read = true;
  return v;
}

CTQL_COMPILED_PART std::string server_refusal(server_family wanted, std::string_view text) {
  const server_version v = parse_server_version(text);
  const std::string version = "'" + std::string(text) + "'";
  if (wanted == server_family::mariadb) {
    if (v.family != server_family::mariadb)
      return "ctql::mariadb reached a server that is not MariaDB (version " + version +
             "): MySQL has no INSERT ... RETURNING and spells an upsert otherwise; connect with "
             "ctql::mysql::connect (include <ctql/mysql.hpp>)";
    if (!v.read) return "ctql::mariadb cannot read the MariaDB server's version " + version + "; it needs 10.5 or later";
    if (v.major < 10 || (v.major == 10 && v.minor < 5))
      return "ctql::mariadb needs MariaDB 10.5 or later (INSERT ... RETURNING, DELETE ... RETURNING); the server is " +
             version;
    return {};
  }
  if (v.family == server_family::mariadb)
    return "ctql::mysql reached a MariaDB server (version " + version +
           "), which does not take MySQL 8's SQL (INSERT ... AS new ON DUPLICATE KEY UPDATE); connect with "
           "ctql::mariadb::connect (include <ctql/mariadb.hpp>)";
  if (!v.read) return "ctql::mysql cannot read the MySQL server's version " + version + "; it needs 8.0.19 or later";
  if (v.major < 8 || (v.major == 8 && v.minor == 0 && v.patch < 19))
    return "ctql::mysql needs MySQL 8.0.19 or later (INSERT ... AS new ON DUPLICATE KEY UPDATE); the server is " +
           version;
  return {};
}

CTQL_COMPILED_PART void require_server(MYSQL* db, server_family wanted) {
  const char* info = mysql_get_server_info(db);
  const std::string why = server_refusal(wanted, info == nullptr ? "" : info);
  if (!why.empty()) throw error(why);
}

/// Connects a new handle to the server `url` names (see parse_url for the options); `server`
/// names it in messages. utf8mb4 unless ?charset= says otherwise; the session runs in strict mode
/// (no silent truncation) with time_zone '+00:00' (ctql::timestamp is UTC).
CTQL_COMPILED_PART std::pair<MYSQL*, url_parts> open_handle(std::string_view url, std::string_view server) {
  url_parts parts = parse_url(url);
  library_init();
  MYSQL* db = mysql_init(nullptr);
  if (db == nullptr) throw error("cannot allocate a MySQL connection handle");
  std::unique_ptr<MYSQL, void (*)(MYSQL*)> owner(db, [](MYSQL* h) { mysql_close(h); });

  set_option(db, MYSQL_OPT_CONNECT_TIMEOUT, &parts.connect_timeout, "connect_timeout");
  set_option(db, MYSQL_OPT_READ_TIMEOUT, &parts.read_timeout, "read_timeout");
  set_option(db, MYSQL_OPT_WRITE_TIMEOUT, &parts.write_timeout, "write_timeout");
  set_option(db, MYSQL_SET_CHARSET_NAME, parts.charset.c_str(), "charset");
  const flag on = 1;
  set_option(db, MYSQL_REPORT_DATA_TRUNCATION, &on, "report_data_truncation");
#if defined(MARIADB_PACKAGE_VERSION_ID) || !defined(MYSQL_VERSION_ID) || MYSQL_VERSION_ID < 80034
  const flag off = 0;  // (MySQL 8.0.34 deprecates the option; off is its default)
  set_option(db, MYSQL_OPT_RECONNECT, &off, "reconnect");  // a reconnect would lose the session silently
#endif
  const unsigned no_local_infile = 0;
  set_option(db, MYSQL_OPT_LOCAL_INFILE, &no_local_infile, "local_infile");
  const unsigned protocol = parts.unix_socket.empty() ? MYSQL_PROTOCOL_TCP : MYSQL_PROTOCOL_SOCKET;
  set_option(db, MYSQL_OPT_PROTOCOL, &protocol, "protocol");
  if (parts.max_allowed_packet) set_option(db, MYSQL_OPT_MAX_ALLOWED_PACKET, &*parts.max_allowed_packet, "max_allowed_packet");
  set_option(db, MYSQL_INIT_COMMAND,
             // NO_BACKSLASH_ESCAPES off: ctql writes a literal's backslash twice (core/dialect/mysql.hpp).
             "SET SESSION sql_mode = CONCAT_WS(',', NULLIF(TRIM(BOTH ',' FROM REPLACE(CONCAT(',', @@SESSION.sql_mode, "
             "','), ',NO_BACKSLASH_ESCAPES,', ',')), ''), 'STRICT_ALL_TABLES'), "
             "time_zone = '+00:00'",
             "init_command");

  auto text_or_null = [](const std::string& s) { return s.empty() ? nullptr : s.c_str(); };
  // CLIENT_FOUND_ROWS: rows_affected counts the rows an UPDATE matched, as the other dialects do.
  if (mysql_real_connect(db, parts.host.c_str(), text_or_null(parts.user), text_or_null(parts.password),
                         text_or_null(parts.database), parts.unix_socket.empty() ? parts.port : 0,
                         text_or_null(parts.unix_socket), CLIENT_FOUND_ROWS | CLIENT_MULTI_STATEMENTS) == nullptr) {
    const std::string where = parts.unix_socket.empty() ? parts.host + ":" + std::to_string(parts.port)
                                                         : "socket " + parts.unix_socket;
    throw error("cannot connect to the " + std::string(server) + " server at " + where +
                    (parts.user.empty() ? std::string() : " as '" + parts.user + "'") +
                    (parts.database.empty() ? std::string() : ", database '" + parts.database + "'"),
                {}, mysql_error(db), static_cast<int>(mysql_errno(db)), mysql_sqlstate(db));
  }
  owner.release();
  return {db, std::move(parts)};
}

}  // namespace ctql::mysql_detail

namespace ctql {

/// Connects to `mysql://user:password@host:port/database?option=value&...` (see
/// mysql_detail::parse_url for the options; mariadb:// too); refuses a server that is not MySQL
/// 8.0.19+.
CTQL_COMPILED_PART mysql::connection mysql::connect(std::string_view url) {
  const auto [db, parts] = mysql_detail::open_handle(url, "MySQL");
  return connection(db, 256, parts.max_allowed_packet);
}

/// Connects to `mariadb://user:password@host:port/database?option=value&...` (mysql:// too; the
/// options as ctql::mysql::connect's); refuses a server that is not MariaDB 10.5+.
CTQL_COMPILED_PART mariadb::connection mariadb::connect(std::string_view url) {
  const auto [db, parts] = mysql_detail::open_handle(url, "MariaDB");
  return connection(db, 256, parts.max_allowed_packet);
}

}  // namespace ctql

#ifndef CTQL_HEADER_ONLY
template class ctql::detail::statement_cache<ctql::mysql_detail::cache_operations>;
template class ctql::savepoint_transactions<ctql::mysql_detail::session>;
#endif
