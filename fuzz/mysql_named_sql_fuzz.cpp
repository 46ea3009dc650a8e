// libFuzzer target: the `:name` placeholder parser of ctql::text on MySQL/MariaDB
// (ctql::mysql_detail::rewrite_named_placeholders) never crashes, returns names that point into the
// SQL, and fails only with a ctql::error that shows the SQL and a fixed sentence.
// The input's first byte says whether backslash escapes count in strings; the rest is the SQL.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <ctql/core/error.hpp>
#include <ctql/mysql/compiled_part.hpp>  // the helpers below, built here (CTQL_HEADER_ONLY)
#include <ctql/mysql/named_sql.hpp>

#include "placeholder_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const bool backslash_escapes = (data[0] & 1) != 0;
  const std::string_view sql(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    const auto out = ctql::mysql_detail::rewrite_named_placeholders(sql, backslash_escapes);
    std::size_t name_bytes = 0;
    for (std::string_view name : out.names) {
      fuzz::check_name_in(name, sql);
      if (!ctql::mysql_detail::named_sql_text::is_name_start(name.front()))
        fuzz::finding("a name starts with a non-name character", sql, name);
      for (char c : name)
        if (!ctql::mysql_detail::named_sql_text::is_name_char(c)) fuzz::finding("a name holds a non-name character", sql, name);
      name_bytes += name.size();
    }
    // Each `:name` becomes one '?' and everything else is copied, up to a final ';' that is dropped.
    const bool whole = sql.find(';') == std::string_view::npos;
    if (whole ? out.sql.size() != sql.size() - name_bytes : out.sql.size() > sql.size() - name_bytes)
      fuzz::finding("the rewritten SQL has the wrong length", sql, out.sql);
  } catch (const ctql::error& e) {
    fuzz::check_error(e, sql);
  }
  return 0;
}
