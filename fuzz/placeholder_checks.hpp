#pragma once
// What the two `:name` placeholder fuzz targets check on each answer of their parser.
#include <string>
#include <string_view>

#include <ctql/core/error.hpp>

#include "fuzz_support.hpp"

namespace fuzz {

/// A name the parser returns is a non-empty view into the caller's SQL (not a dangling copy).
inline void check_name_in(std::string_view name, std::string_view sql) {
  if (name.empty()) finding("an empty placeholder name", sql);
  if (name.data() < sql.data() || name.data() + name.size() > sql.data() + sql.size())
    finding("a placeholder name that does not point into the SQL", sql, name);
  if (name.data() == sql.data() || name.data()[-1] != ':')
    finding("a placeholder name that does not follow a ':'", sql, name);
}

/// A parser's error says a fixed sentence about the SQL and shows the SQL as given, nothing else: the
/// parser sees no value, so no bound password can be in it (values travel apart from the SQL).
inline void check_error(const ctql::error& e, std::string_view sql) {
  const std::string_view what = e.what();
  if (e.sql() != sql) finding("the error's sql() is not the SQL it was given", sql, e.sql());
  if (!e.database_message().empty() || e.code() != 0 || !e.sqlstate().empty())
    finding("a parser error claims to come from the database", sql, what);
  if (sql.find('\0') != std::string_view::npos) return;  // what() is a C string: it stops at the NUL
  const std::string tail = sql.empty() ? std::string() : " [SQL: " + std::string(sql) + "]";
  if (!what.starts_with("ctql: ") || !what.ends_with(tail))
    finding("the message is not 'ctql: <sentence> [SQL: <the SQL>]'", sql, what);
  const std::string_view sentence = what.substr(6, what.size() - 6 - tail.size());
  if (sentence.empty() || sentence.find_first_of("[]\n") != std::string_view::npos)
    finding("the message's sentence is empty or holds more than a sentence", sql, what);
}

}  // namespace fuzz
