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
#include "ctql/sqlite/statement_cache.hpp"
#include "ctql/sqlite/value_io.hpp"

namespace ctql::sqlite_detail {

template <class T, class Row, std::size_t... I>
constexpr bool aggregate_takes_row(std::index_sequence<I...>) {
  return requires { T{std::declval<std::tuple_element_t<I, Row>>()...}; };
}

/// Rows of type Row (a std::tuple). Not movable: the statement's bound values may point into
/// `Owned` (the statement itself, when the caller handed over a temporary), so it must stay put.
template <class Row, class Owned>
class result {
 public:
  /// Takes the statement and binds it; `bind(stmt, owned)` binds the values. With
  /// `execute_now` (a statement that changes rows and returns them) the first step runs here,
  /// so the changes happen whether or not the rows are read.
  template <class Bind>
  result(statement_cache& cache, statement_cache::lease lease, Owned&& owned, Bind&& bind, bool execute_now = false)
      : cache_(&cache), lease_(lease), owned_(std::move(owned)) {
    try {
      bind(lease_.stmt, owned_);
      if (execute_now) step();
    } catch (...) {
      cache_->release(lease_);
      throw;
    }
  }
  result(const result&) = delete;
  result& operator=(const result&) = delete;
  ~result() { cache_->release(lease_); }

  using row_type = Row;

  class iterator {
   public:
    using value_type = Row;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    explicit iterator(result* r) : r_(r) {}
    Row operator*() const { return r_->read_row(); }
    iterator& operator++() {
      r_->step();
      return *this;
    }
    void operator++(int) { ++*this; }
    friend bool operator==(const iterator& it, std::default_sentinel_t) { return it.r_ == nullptr || it.r_->done(); }

   private:
    result* r_ = nullptr;
  };

  /// Steps to the first row; a result is read once.
  iterator begin() {
    if (!started_) step();
    return iterator{this};
  }
  std::default_sentinel_t end() const { return {}; }
  /// Whether every row has been read.
  bool done() const noexcept { return done_; }

  /// The first row, if any.
  std::optional<Row> first() {
    if (!started_) step();
    if (done_) return std::nullopt;
    return read_row();
  }
  /// Every (remaining) row.
  std::vector<Row> all() {
    std::vector<Row> rows;
    for (auto it = begin(); it != end(); ++it) rows.push_back(*it);
    return rows;
  }
  /// Every row as a T, an aggregate with one member per column: `db(q).as<User>()`.
  template <class T>
  std::vector<T> as() {
    constexpr auto indices = std::make_index_sequence<std::tuple_size_v<Row>>{};
    if constexpr (!aggregate_takes_row<T, Row>(indices)) {
      as_needs_matching_aggregate<T, Row>();
      return {};
    } else {
      std::vector<T> out;
      for (auto it = begin(); it != end(); ++it) out.push_back(read_into<T>(indices));
      return out;
    }
  }

 private:
  void step() {
    started_ = true;
    const int rc = sqlite3_step(lease_.stmt);
    if (rc == SQLITE_ROW) return;
    done_ = true;
    if (rc != SQLITE_DONE) throw_error(sqlite3_db_handle(lease_.stmt), "the query failed", sqlite3_sql(lease_.stmt), rc);
  }
  template <class T, std::size_t... I>
  T read_into(std::index_sequence<I...>) const {
    return T{read_column<std::tuple_element_t<I, Row>>(lease_.stmt, static_cast<int>(I))...};
  }
  Row read_row() const { return read_into<Row>(std::make_index_sequence<std::tuple_size_v<Row>>{}); }

  statement_cache* cache_;
  statement_cache::lease lease_;
  Owned owned_;
  bool started_ = false;
  bool done_ = false;
};

}  // namespace ctql::sqlite_detail
