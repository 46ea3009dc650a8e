#pragma once
// The rows of a select: a single-pass range streamed from the prepared statement.
#include <sqlite3.h>

#include <cstddef>
#include <iterator>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "ctql/core/check.hpp"
#include "ctql/core/run/kept_session.hpp"
#include "ctql/core/run/row_range.hpp"
#include "ctql/sqlite/statement_cache.hpp"
#include "ctql/sqlite/value_reading.hpp"

namespace ctql::sqlite_detail {

/// A step of a select failed (compiled_part.hpp: the same for every row type).
[[noreturn, gnu::cold]] void throw_query_failed(sqlite3_stmt* stmt, int rc);

/// A bound statement's rows as they are stepped to: the same for every row type.
class cursor {
 public:
  /// Holds the lease from here on: released when the cursor goes, or when its result's
  /// constructor fails.
  cursor(statement_cache& cache, statement_cache::lease lease) noexcept : cache_(&cache), lease_(lease) {}
  cursor(const cursor&) = delete;
  cursor& operator=(const cursor&) = delete;
  ~cursor() { cache_->release(lease_); }

  sqlite3_stmt* handle() const noexcept { return lease_->handle; }
  void step() {
    started_ = true;
    const int rc = sqlite3_step(lease_->handle);
    if (rc == SQLITE_ROW) [[likely]] return;
    done_ = true;
    if (rc != SQLITE_DONE) [[unlikely]] throw_query_failed(lease_->handle, rc);
  }
  void start(bool) {
    if (!started_) step();
  }
  void advance(bool) { step(); }
  bool done() const noexcept { return done_; }
  std::size_t rows_at_hand() const noexcept { return 0; }
  /// The current row, of type Row, as T.
  template <class Row, class T>
  T read() const {
    return read_into<Row, T>(std::make_index_sequence<std::tuple_size_v<Row>>{});
  }

 private:
  template <class Row, class T, std::size_t... I>
  T read_into(std::index_sequence<I...>) const {
    return T{read_column<std::tuple_element_t<I, Row>>(lease_->handle, static_cast<int>(I))...};
  }

  statement_cache* cache_;
  statement_cache::lease lease_;
  bool started_ = false;
  bool done_ = false;
};

/// What a result keeps of its statement: the values it binds without copying them live there.
template <class Owned>
struct owned_statement {
  Owned owned;
};

/// Rows of type Row, and the statement they come from. Not movable: the statement's bound values
/// may point into `Owned` (the statement itself, when the caller handed over a temporary), so it
/// must stay put.
template <class Row, class Owned>
class result : owned_statement<Owned>, public row_range<cursor, Row> {
 public:
  /// Takes the statement and binds it; `bind(stmt, owned)` binds the values. With
  /// `execute_now` (a statement that changes rows and returns them) the first step runs here,
  /// so the changes happen whether or not the rows are read.
  template <class Bind>
  result(detail::session_keeper session, statement_cache& cache, statement_cache::lease lease, Owned&& owned,
         Bind&& bind, bool execute_now = false)
      : owned_statement<Owned>(keep(std::move(owned), cache, lease)), row_range<cursor, Row>(std::move(session), cache, lease) {
    bind(this->cursor_.handle(), this->owned);
    if (execute_now) this->cursor_.step();
    this->adopt_watch();
  }

 private:
  /// The statement moved in; the lease is not the cursor's yet, so a move that throws (a value type
  /// without a noexcept move) gives it back here.
  static owned_statement<Owned> keep(Owned&& owned, statement_cache& cache, statement_cache::lease lease) {
    if constexpr (std::is_nothrow_move_constructible_v<Owned>) {
      return {std::move(owned)};
    } else {
      try {
        return {std::move(owned)};
      } catch (...) {
        cache.release(lease);
        throw;
      }
    }
  }
};

}  // namespace ctql::sqlite_detail
