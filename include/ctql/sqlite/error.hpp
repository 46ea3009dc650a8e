#pragma once
// How the SQLite connector raises what SQLite or a value refused (compiled_part.hpp): the SQL,
// SQLite's message and code, and for a value its column.
#include <sqlite3.h>

#include <string_view>

namespace ctql::sqlite_detail {

[[noreturn, gnu::cold]] void throw_error(sqlite3* db, std::string_view what, std::string_view sql, int code);

[[noreturn, gnu::cold]] void throw_conversion(std::string_view what, std::string_view sql, int column);

}  // namespace ctql::sqlite_detail
