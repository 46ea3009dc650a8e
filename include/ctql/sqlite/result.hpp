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
#include "ctql/sqlite/value_io.hpp"

namespace ctql::sqlite_detail {

/// Rows of type Row (a std::tuple). Not movable: the statement's bound values may point into
/// `Owned` (the statement itself, when the caller handed over a temporary), so it must stay put.
template <class Row, class Owned>
class result : public row_range<result<Row, Owned>, Row> {
 public:
  /// Takes the statement and binds it; `bind(stmt, owned)` binds the values. With
  /// `execute_now` (a statement that changes rows and returns them) the first step runs here,
  /// so the changes happen whether or not the rows are read.
  template <class Bind>
  result(detail::session_keeper session, statement_cache& cache, statement_cache::lease lease, Owned&& owned,
         Bind&& bind, bool execute_now = false)
      : row_range<result, Row>(std::move(session)), cache_(&cache), lease_(lease), owned_(std::move(owned)) {
    try {
      bind(lease_->handle, owned_);
      if (execute_now) step();
    } catch (...) {
      cache_->release(lease_);
      throw;
    }
  }
  result(const result&) = delete;
  result& operator=(const result&) = delete;
  ~result() { cache_->release(lease_); }

  /// Whether every row has been read.
  bool done() const noexcept { return done_; }

 private:
  friend row_range<result, Row>;
  void start(bool) {
    if (!started_) step();
  }
  void advance(bool) { step(); }
  std::size_t rows_at_hand() const { return 0; }
  template <class T>
  T read_as() const {
    return read_into<T>(std::make_index_sequence<std::tuple_size_v<Row>>{});
  }

  void step() {
    started_ = true;
    const int rc = sqlite3_step(lease_->handle);
    if (rc == SQLITE_ROW) return;
    done_ = true;
    if (rc != SQLITE_DONE) throw_error(sqlite3_db_handle(lease_->handle), "the query failed", sqlite3_sql(lease_->handle), rc);
  }
  template <class T, std::size_t... I>
  T read_into(std::index_sequence<I...>) const {
    return T{read_column<std::tuple_element_t<I, Row>>(lease_->handle, static_cast<int>(I))...};
  }

  statement_cache* cache_;
  statement_cache::lease lease_;
  Owned owned_;
  bool started_ = false;
  bool done_ = false;
};

}  // namespace ctql::sqlite_detail
