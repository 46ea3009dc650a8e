#pragma once
// The prepared statements of one SQLite connection: the shared statement cache, with what
// preparing, resetting and finalizing a sqlite3_stmt means. Finalized before the connection closes.
#include <sqlite3.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "ctql/core/error.hpp"
#include "ctql/core/run/statement_cache.hpp"
#include "ctql/sqlite/error.hpp"

namespace ctql::sqlite_detail {

/// What the statement cache does with SQLite's statements.
struct cache_operations {
  struct statement {
    sqlite3_stmt* handle = nullptr;
    bool prepared() const noexcept { return handle != nullptr; }
  };
  /// A statement steps through one result at a time.
  static constexpr bool exclusive = true;

  sqlite3* db;

  /// One statement, and nothing after it but blanks and ';'. A kept one is prepared as persistent.
  statement prepare(std::string_view sql, bool kept);
  void close(statement& s) noexcept { sqlite3_finalize(std::exchange(s.handle, nullptr)); }
  /// Resets the statement for its next use. SQLite reports a failed step again here: ignored,
  /// since the step already raised it.
  bool reuse(statement& s) noexcept {
    sqlite3_reset(s.handle);
    return true;
  }
  void before_use() noexcept {}
  bool may_evict() const noexcept { return true; }
};

using statement_cache = detail::statement_cache<cache_operations>;

}  // namespace ctql::sqlite_detail

#ifndef CTQL_HEADER_ONLY
extern template class ctql::detail::statement_cache<ctql::sqlite_detail::cache_operations>;  // in ctql_sqlite
#endif
