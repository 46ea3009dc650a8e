#pragma once
// The rows of a select: a single-pass range streamed from the prepared statement.
#include <sqlite3.h>

#include <cstddef>
#include <iterator>
#include <optional>
#include <tuple>
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

/// Rows of type Row (a std::tuple), streamed from a bound statement: everything about a result
/// that does not depend on the statement, so statements with the same row type share it.
template <class Row>
class result_rows : public row_range<result_rows<Row>, Row> {
 public:
  result_rows(const result_rows&) = delete;
  result_rows& operator=(const result_rows&) = delete;
  ~result_rows() { cache_->release(lease_); }

  /// Whether every row has been read.
  bool done() const noexcept { return done_; }

 protected:
  /// Holds the lease from here on: released when the result goes, or when its constructor fails.
  result_rows(detail::session_keeper session, statement_cache& cache, statement_cache::lease lease)
      : row_range<result_rows, Row>(std::move(session)), cache_(&cache), lease_(lease) {}
  sqlite3_stmt* handle() const noexcept { return lease_->handle; }

  void step() {
    started_ = true;
    const int rc = sqlite3_step(lease_->handle);
    if (rc == SQLITE_ROW) [[likely]] return;
    done_ = true;
    if (rc != SQLITE_DONE) [[unlikely]] throw_query_failed(lease_->handle, rc);
  }

 private:
  friend row_range<result_rows, Row>;
  void start(bool) {
    if (!started_) step();
  }
  void advance(bool) { step(); }
  std::size_t rows_at_hand() const { return 0; }
  template <class T>
  T read_as() const {
    return read_into<T>(std::make_index_sequence<std::tuple_size_v<Row>>{});
  }
  template <class T, std::size_t... I>
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
class result : owned_statement<Owned>, public result_rows<Row> {
 public:
  /// Takes the statement and binds it; `bind(stmt, owned)` binds the values. With
  /// `execute_now` (a statement that changes rows and returns them) the first step runs here,
  /// so the changes happen whether or not the rows are read.
  template <class Bind>
  result(detail::session_keeper session, statement_cache& cache, statement_cache::lease lease, Owned&& owned,
         Bind&& bind, bool execute_now = false)
      : owned_statement<Owned>{std::move(owned)}, result_rows<Row>(std::move(session), cache, lease) {
    bind(this->handle(), this->owned);
    if (execute_now) this->step();
    this->adopt_watch();
  }
};

}  // namespace ctql::sqlite_detail
