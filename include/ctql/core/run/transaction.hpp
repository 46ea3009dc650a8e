#pragma once
// `auto tx = db.transaction(); ...; tx.commit();`: rolls back unless committed, also when an
// exception leaves the scope. Nested transactions are savepoints.
#include <string_view>
#include <utility>

#include "ctql/core/error.hpp"
#include "ctql/core/run/kept_session.hpp"

namespace ctql {

/// `db.transaction(ctql::immediate)`: BEGIN IMMEDIATE, where the database has it (SQLite).
struct immediate_t {
  explicit immediate_t() = default;
};
inline constexpr immediate_t immediate{};

/// Connection provides begin_transaction() -> depth, commit_transaction(depth),
/// rollback_transaction(depth) and transaction_open(depth); depth 0 is the outermost (BEGIN),
/// deeper ones are SAVEPOINTs.
template <class Connection>
class transaction {
 public:
  explicit transaction(Connection& db) : transaction(detail::kept_session<Connection>(&db)) {}
  explicit transaction(detail::kept_session<Connection> db, std::string_view begin = "BEGIN")
      : depth_(db->begin_transaction(begin)), db_(std::move(db)) {}
  transaction(transaction&& other) noexcept : depth_(other.depth_), db_(std::move(other.db_)) {}
  transaction(const transaction&) = delete;
  transaction& operator=(const transaction&) = delete;
  transaction& operator=(transaction&&) = delete;

  ~transaction() {
    if (!db_) return;
    try {
      db_->rollback_transaction(depth_);
    } catch (...) {
      // A destructor cannot report it; the connection closes the transaction on its next use.
    }
  }

  /// Makes the changes permanent (or, nested, part of the enclosing transaction).
  /// Ends it if that succeeds, or if the database ended the transaction itself (a COMMIT that
  /// rolled back); after another failure the transaction is still there to roll back.
  void commit() {
    Connection& db = active_connection();
    try {
      db.commit_transaction(depth_);
    } catch (...) {
      if (!db.transaction_open(depth_)) db_ = {};
      throw;
    }
    db_ = {};
  }
  /// Undoes the changes made since this transaction began.
  void rollback() {
    active_connection().rollback_transaction(depth_);
    db_ = {};
  }
  /// Whether commit() or rollback() is still to come.
  bool active() const noexcept { return static_cast<bool>(db_); }
  /// Whether the database has ended this transaction without saying how (SQL run by hand: COMMIT; on
  /// MySQL/MariaDB also ROLLBACK or a statement that commits implicitly), so its changes may or may
  /// not have been committed. `if (tx.outcome_unknown()) { /* look before retrying */ }`
  bool outcome_unknown() const { return db_ && db_->transaction_outcome_unknown(); }

 private:
  Connection& active_connection() const {
    if (!db_) throw error("this transaction has already been committed or rolled back");
    return *db_;
  }
  unsigned depth_;
  detail::kept_session<Connection> db_;
};

}  // namespace ctql
