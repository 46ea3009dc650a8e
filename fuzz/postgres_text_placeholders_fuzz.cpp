// libFuzzer target: the `:name` placeholder parser of ctql::text on PostgreSQL
// (ctql::postgres_detail::number_placeholders) never crashes, numbers each distinct name once with
// names that point into the SQL, and fails only with a ctql::error that shows the SQL and a fixed
// sentence. The input is the SQL.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <ctql/core/error.hpp>
#include <ctql/postgres/compiled_part.hpp>  // the helpers below, built here (CTQL_HEADER_ONLY)
#include <ctql/postgres/text_placeholders.hpp>

#include "placeholder_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view sql(reinterpret_cast<const char*>(data), size);
  using namespace ctql::postgres_detail::text_scan;
  try {
    const auto out = ctql::postgres_detail::number_placeholders(sql);
    for (std::size_t k = 0; k < out.names.size(); ++k) {
      const std::string_view name = out.names[k];
      fuzz::check_name_in(name, sql);
      if (!identifier_start(name.front())) fuzz::finding("a name starts with a non-identifier character", sql, name);
      for (char c : name)
        if (!identifier_char(c) || c == '$') fuzz::finding("a name holds a non-identifier character", sql, name);
      for (std::size_t j = 0; j < k; ++j)
        if (out.names[j] == name) fuzz::finding("a name is numbered twice", sql, name);
      // $k+1 stands for it in the SQL sent.
      if (out.sql.find('$' + std::to_string(k + 1)) == std::string::npos)
        fuzz::finding("a name's $n is not in the SQL sent", sql, out.sql);
    }
  } catch (const ctql::error& e) {
    fuzz::check_error(e, sql);
  }
  return 0;
}
