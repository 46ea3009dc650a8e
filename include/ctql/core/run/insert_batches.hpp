#pragma once
// values(range) as multi-row INSERTs, in batches: the loop SQLite and MySQL share. What decides a
// batch's size (SQLite's variable limit, MySQL's packet size) and how one batch runs are the
// connector's; that more than one batch runs in one transaction (a savepoint inside the caller's),
// so that the insert is all-or-nothing as a single statement is, is this file's.
#include <cstddef>
#include <optional>

#include "ctql/core/meta/lean_std.hpp"
#include "ctql/core/run/exec_result.hpp"
#include "ctql/core/run/transaction.hpp"

namespace ctql::detail {

/// Inserts `rows` in batches on `session`: `batch_rows(it, done, left)` is how many rows the batch
/// starting at `it` (row `done`, `left` rows to go) takes, from 1 to `left`; `insert(it, n)`
/// inserts them, advancing `it` past them, and gives their exec_result. The result counts every
/// row and has the last batch's last_insert_id.
template <class Session, class Rows, class BatchRows, class Insert>
exec_result insert_in_batches(Session& session, Rows&& rows, BatchRows batch_rows, Insert insert) {
  const auto total = static_cast<std::size_t>(std::ranges::distance(rows));
  exec_result sum;
  std::optional<::ctql::transaction<Session>> tx;
  auto it = std::ranges::begin(rows);
  for (std::size_t done = 0; done < total;) {
    const std::size_t n = batch_rows(it, done, total - done);
    if (done == 0 && n < total) tx.emplace(session);
    const exec_result r = insert(it, n);
    sum.rows_affected += r.rows_affected;
    sum.last_insert_id = r.last_insert_id;
    done += n;
  }
  if (tx) tx->commit();
  return sum;
}

}  // namespace ctql::detail
