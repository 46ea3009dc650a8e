#pragma once
// What running an insert, update or delete returns.
#include <cstdint>

namespace ctql {

/// `auto r = db(insert_into(users).set(...)); r.rows_affected; r.last_insert_id;`
struct exec_result {
  /// Rows matched by the statement's WHERE (inserted rows for an insert).
  std::uint64_t rows_affected = 0;
  /// The key the database assigned to the last inserted row, 0 if none; always 0 for an
  /// INSERT ... SELECT (whose keys returning() gives: docs/reporting.md).
  std::int64_t last_insert_id = 0;
};

/// Whether running Q reports no last_insert_id: an INSERT ... SELECT, or an upsert over one. The
/// databases disagree on which key they report for one (MySQL the first row's, SQLite the last's,
/// PostgreSQL none), and none is sure to be the last row's.
template <class Q>
concept reports_no_insert_id = requires { requires Q::inserts_from_select; };

/// r with last_insert_id 0 (for a statement that reports_no_insert_id).
inline exec_result without_insert_id(exec_result r) {
  r.last_insert_id = 0;
  return r;
}

}  // namespace ctql
