#pragma once
// Raw SQL with `:name` placeholders (ctql::text) made into what MySQL prepares: each `:name`
// outside quotes and comments becomes `?`, and the names are kept in order. Pure C++.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ctql/core/error.hpp"

namespace ctql::mysql_detail {

/// The SQL with `?` placeholders and the name at each, in order (a name may repeat).
struct named_sql {
  std::string sql;
  std::vector<std::string_view> names;  // views into the caller's SQL
};

namespace named_sql_text {
inline bool is_name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
inline bool is_name_char(char c) { return is_name_start(c) || (c >= '0' && c <= '9'); }
inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/// Where the quoted text, comment or identifier starting at `i` ends (one past it), or npos
/// if nothing starts there. Backslash escapes count in strings unless the server has
/// NO_BACKSLASH_ESCAPES.
inline std::size_t skip_quoted_or_comment(std::string_view s, std::size_t i, bool backslash_escapes) {
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
inline named_sql rewrite_named_placeholders(std::string_view sql, bool backslash_escapes) {
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

}  // namespace ctql::mysql_detail
