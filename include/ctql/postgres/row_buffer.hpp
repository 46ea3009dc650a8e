#pragma once
// Rows kept in memory compactly: the values of many single-row results in one buffer. libpq
// gives each row of single-row mode its own PGresult of about 2 KiB; rows that must wait (another
// statement needs the connection while a result is being read) are moved here instead.
#include <libpq-fe.h>

#include <cstddef>
#include <string>
#include <vector>

#include "ctql/postgres/value_reading.hpp"

namespace ctql::postgres_detail {

class row_buffer {
 public:
  /// Appends every row of `res` (all results must have the same columns).
  void append(const PGresult* res);
  std::size_t rows() const noexcept { return rows_; }
  /// Field `column` of row `row`.
  field at(std::size_t row, int column) const noexcept {
    const std::size_t i = row * types_.size() + static_cast<std::size_t>(column);
    const bool null = lengths_[i] < 0;
    return {data_.data() + offsets_[i], null ? 0 : lengths_[i], types_[static_cast<std::size_t>(column)], null};
  }

 private:
  std::vector<Oid> types_;
  std::string data_;
  std::vector<std::size_t> offsets_;
  std::vector<int> lengths_;
  std::size_t rows_ = 0;
};

}  // namespace ctql::postgres_detail
