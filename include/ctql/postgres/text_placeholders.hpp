#pragma once
// ctql::text statements on PostgreSQL: their `:name` placeholders become `$1..$n` (a name used
// twice is one parameter), skipping quoted strings and identifiers, dollar quotes, comments and
// the `::` cast. SQL that holds more than one statement, or a $n placeholder, is refused.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ctql/core/error.hpp"

namespace ctql::postgres_detail {

struct numbered_text {
  std::string sql;                      // with $1..$n
  std::vector<std::string_view> names;  // names[k] is $k+1, views into the original SQL
};

namespace text_scan {
inline bool identifier_start(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}
inline bool identifier_char(char c) noexcept { return identifier_start(c) || (c >= '0' && c <= '9') || c == '$'; }

/// The end of the quoted text starting at `i` (a quote char), doubled quotes inside; `backslash`
/// for E'...' strings.
inline std::size_t end_of_quoted(std::string_view s, std::size_t i, bool backslash) noexcept {
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
inline std::size_t end_of_comment(std::string_view s, std::size_t i) noexcept {
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
inline std::size_t end_of_dollar_quoted(std::string_view s, std::size_t i) noexcept {
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

/// Numbers the `:name` placeholders of `sql`.
inline numbered_text number_placeholders(std::string_view sql) {
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

}  // namespace ctql::postgres_detail
