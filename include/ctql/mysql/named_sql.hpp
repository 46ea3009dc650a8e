#pragma once
// Raw SQL with `:name` placeholders (ctql::text) made into what MySQL prepares: each `:name`
// outside quotes and comments becomes `?`, and the names are kept in order. Pure C++.
#include <string>
#include <string_view>
#include <vector>

namespace ctql::mysql_detail {

/// The SQL with `?` placeholders and the name at each, in order (a name may repeat).
struct named_sql {
  std::string sql;
  std::vector<std::string_view> names;  // views into the caller's SQL
};

/// Rewrites `:name` to `?`; `::` stays as it is. Raises ctql::error for a second statement after
/// a `;`, and for a bare `?` (text statements name their values). Backslash escapes count in
/// strings unless the server has NO_BACKSLASH_ESCAPES. (Compiled once: compiled_part.hpp.)
named_sql rewrite_named_placeholders(std::string_view sql, bool backslash_escapes);

}  // namespace ctql::mysql_detail
