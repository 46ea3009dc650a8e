#pragma once
// ctql::text statements on PostgreSQL: their `:name` placeholders become `$1..$n` (a name used
// twice is one parameter), skipping quoted strings and identifiers, dollar quotes, comments and
// the `::` cast. SQL that holds more than one statement, or a $n placeholder, is refused.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ctql::postgres_detail {

struct numbered_text {
  std::string sql;                      // with $1..$n
  std::vector<std::string_view> names;  // names[k] is $k+1, views into the original SQL
};

/// Numbers the `:name` placeholders of `sql` (compiled_part.hpp).
numbered_text number_placeholders(std::string_view sql);

}  // namespace ctql::postgres_detail
