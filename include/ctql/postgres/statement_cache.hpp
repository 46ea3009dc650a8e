#pragma once
// The server-side prepared statements of one PostgreSQL connection (PQprepare): the shared
// statement cache, with what preparing and deallocating a named statement means. Running the
// same statement type again costs one round trip with no parsing or planning. Named ctql_<n>;
// a closed one is DEALLOCATEd before the next is prepared; forgotten when the connection closes,
// which frees them on the server.
#include <libpq-fe.h>

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "ctql/core/run/statement_cache.hpp"
#include "ctql/postgres/channel.hpp"
#include "ctql/postgres/value_binding.hpp"

namespace ctql::postgres_detail {

/// What the statement cache does with PostgreSQL's named statements.
struct cache_operations {
  struct statement {
    std::string name;  // empty: not prepared
    std::shared_ptr<const std::string> sql;
    bool prepared() const noexcept { return !name.empty(); }
  };
  /// A named statement may run again while a result of it is still read (its rows are read
  /// into memory first): no statement is held.
  static constexpr bool exclusive = false;

  channel* connection;
  const param_buffer* params;  // the parameters of the statement about to run: their types
  std::uint64_t counter = 0;
  std::vector<std::string> stale{};  // names of closed statements still to DEALLOCATE

  /// Prepares `sql` as the next ctql_<n> (after deallocating closed ones, where it can).
  statement prepare(std::string sql, bool kept);
  /// Its name is deallocated before the next prepare, or, in a failed transaction (where
  /// DEALLOCATE fails too), before the first prepare after it.
  void close(statement& s) noexcept {
    try {
      stale.push_back(std::exchange(s.name, {}));
    } catch (...) {
      s.name.clear();  // no memory: the statement stays on the server until the connection closes
    }
  }
  /// The server has dropped it already (DISCARD ALL): nothing to deallocate.
  void forget(statement& s) noexcept { s.name.clear(); }
  bool reuse(statement&) noexcept { return true; }
  void before_use() noexcept {}
  /// In a failed transaction DEALLOCATE fails too: grow past the bound until it ends.
  bool may_evict() const { return PQtransactionStatus(connection->handle()) != PQTRANS_INERROR; }

 private:
  void deallocate_stale();
};

using statement_cache = detail::statement_cache<cache_operations>;

}  // namespace ctql::postgres_detail

#ifndef CTQL_HEADER_ONLY
extern template class ctql::detail::statement_cache<ctql::postgres_detail::cache_operations>;  // in ctql_postgres
#endif
