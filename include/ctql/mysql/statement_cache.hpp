#pragma once
// The server-side prepared statements of one MySQL connection: the shared statement cache, with
// what preparing and closing a MYSQL_STMT means. Running the same statement type again costs one
// COM_STMT_EXECUTE. Each statement holds its SQL (for messages); closed before the connection.
#include <mysql.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "ctql/core/run/statement_cache.hpp"
#include "ctql/mysql/link.hpp"

namespace ctql::mysql_detail {

/// What the statement cache does with MySQL's statements.
struct cache_operations {
  struct statement {
    MYSQL_STMT* handle = nullptr;
    std::string sql;
    bool prepared() const noexcept { return handle != nullptr; }
  };
  /// A statement streams one result at a time.
  static constexpr bool exclusive = true;

  link* connection;

  /// Prepares the SQL (kept or not, the same), which the statement keeps for messages: taken by
  /// value, since every caller gives a std::string it no longer needs.
  statement prepare(std::string sql, bool kept);
  /// Closes it, or has the link close it once the result streaming over the connection is read.
  void close(statement& s) noexcept { connection->close_statement(std::exchange(s.handle, nullptr)); }
  /// False when the table changed shape since the statement was prepared: prepared again next time.
  bool reuse(statement& s) noexcept { return !needs_prepare_again(mysql_stmt_errno(s.handle)); }
  /// Closing or preparing talks to the server.
  void before_use() { connection->settle(); }
  bool may_evict() const noexcept { return true; }
};

using statement_cache = detail::statement_cache<cache_operations>;

/// What a statement holds besides its handle, for cache_footprint().
inline std::size_t held_text_bytes(const cache_operations::statement& s) noexcept { return s.sql.capacity(); }

}  // namespace ctql::mysql_detail

#ifndef CTQL_HEADER_ONLY
extern template class ctql::detail::statement_cache<ctql::mysql_detail::cache_operations>;  // in ctql_mysql
#endif
