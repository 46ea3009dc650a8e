#pragma once
// `auto tx = db.transaction(); ...; tx.commit();`: rolls back unless committed, also when an
// exception leaves the scope. Nested transactions are savepoints.
#include <utility>

#include "ctql/core/error.hpp"

namespace ctql {

/// Connection provides begin_transaction() -> depth, commit_transaction(depth),
/// rollback_transaction(depth) and transaction_open(depth); depth 0 is the outermost (BEGIN),
/// deeper ones are SAVEPOINTs.
template <class Connection>
class transaction {
 public:
  explicit transaction(Connection& db) : db_(&db), depth_(db.begin_transaction()) {}
  transaction(transaction&& other) noexcept
      : db_(std::exchange(other.db_, nullptr)), depth_(other.depth_) {}
  transaction(const transaction&) = delete;
  transaction& operator=(const transaction&) = delete;
  transaction& operator=(transaction&&) = delete;

  ~transaction() {
    if (db_ == nullptr) return;
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
      if (!db.transaction_open(depth_)) db_ = nullptr;
      throw;
    }
    db_ = nullptr;
  }
  /// Undoes the changes made since this transaction began.
  void rollback() {
    active_connection().rollback_transaction(depth_);
    db_ = nullptr;
  }
  /// Whether commit() or rollback() is still to come.
  bool active() const noexcept { return db_ != nullptr; }

 private:
  Connection& active_connection() const {
    if (db_ == nullptr) throw error("this transaction has already been committed or rolled back");
    return *db_;
  }
  Connection* db_;
  unsigned depth_;
};

}  // namespace ctql
