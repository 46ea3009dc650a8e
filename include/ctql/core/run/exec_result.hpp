#pragma once
// What running an insert, update or delete returns.
#include <cstdint>

namespace ctql {

/// `auto r = db(insert_into(users).set(...)); r.rows_affected; r.last_insert_id;`
struct exec_result {
  /// Rows matched by the statement's WHERE (inserted rows for an insert).
  std::uint64_t rows_affected = 0;
  /// The key the database assigned to the last inserted row, 0 if none.
  std::int64_t last_insert_id = 0;
};

}  // namespace ctql
