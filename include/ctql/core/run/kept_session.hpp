#pragma once
// A connection's session stays alive while anything that refers to it does: a result being
// read, a prepared statement, a transaction guard. A connection that goes out of scope first
// leaves them working (the database closes when the last one is gone) instead of reading freed
// memory. The count is not atomic: like its connection, a session is used by one thread at a time.
#include <atomic>
#include <cstddef>
#include <memory>
#include <utility>

#include "ctql/core/run/statement_event.hpp"

namespace ctql::detail {

template <class Session>
class kept_session;

/// A session's count of the kept_session handles that refer to it. Sessions derive from it; a
/// kept_session<shared_session> (what a result holds) deletes the session through it.
class shared_session {
 public:
  virtual ~shared_session() = default;

  /// The statement observer (db.on_statement), or null: statements test this pointer and nothing
  /// more when none is set (core/run/observe.hpp).
  const std::shared_ptr<const statement_observer>& observer() const noexcept { return observer_; }
  void set_observer(std::shared_ptr<const statement_observer> observer) noexcept { observer_ = std::move(observer); }
  /// The watch of the statement being started: a select's result (row_range) takes it and reports
  /// it when its rows are read; a change's is reported when it is done (core/run/observe.hpp).
  statement_watch* pending_watch() const noexcept { return pending_; }
  /// Makes `w` the pending watch. A statement started while another is being started (user code
  /// that runs one while values are bound) nests: the other's is pending again once w is taken.
  void push_pending_watch(statement_watch* w) noexcept {
    w->outer = pending_;
    pending_ = w;
  }
  /// Takes the pending watch (null if none).
  statement_watch* take_pending_watch() noexcept {
    statement_watch* w = pending_;
    if (w != nullptr) pending_ = std::exchange(w->outer, nullptr);
    return w;
  }
  /// How many handles keep the session (its connection's own included).
  std::size_t holders() const noexcept { return holders_; }
  /// The ctql::session (orm/session.hpp) whose transaction is open on this connection, or null.
  /// Kept here, not in the connection object, so that it moves with the connection.
  const void*& unit_of_work_owner() noexcept { return unit_of_work_owner_; }
  /// The mark of the thread running a statement on the session, or null: debug builds catch a
  /// second thread that starts one meanwhile (core/run/one_thread.hpp). The member is there in
  /// every build, so that the session's layout does not depend on NDEBUG (the compiled connector
  /// libraries and the programs that link them may be built with and without it).
  std::atomic<const void*>& running_thread() noexcept { return running_thread_; }

 private:
  std::shared_ptr<const statement_observer> observer_;
  const void* unit_of_work_owner_ = nullptr;
  std::atomic<const void*> running_thread_{nullptr};
  statement_watch* pending_ = nullptr;  // holds the watch until a result takes it (core/run/observe.hpp)
  template <class>
  friend class kept_session;
  std::size_t holders_ = 0;
};
/// What a result holds to keep its connection's session alive.
using session_keeper = kept_session<shared_session>;

/// A counted reference to a Session (which derives from shared_session); the last one deletes it.
template <class Session>
class kept_session {
 public:
  kept_session() noexcept = default;
  explicit kept_session(Session* session) noexcept : session_(session) {
    if (session_ != nullptr) ++session_->holders_;
  }
  kept_session(const kept_session& other) noexcept : kept_session(other.session_) {}
  kept_session(kept_session&& other) noexcept : session_(std::exchange(other.session_, nullptr)) {}
  kept_session& operator=(kept_session other) noexcept {
    std::swap(session_, other.session_);
    return *this;
  }
  ~kept_session() {
    if (session_ != nullptr && --session_->holders_ == 0) delete session_;
  }

  Session* operator->() const noexcept { return session_; }
  Session& operator*() const noexcept { return *session_; }
  explicit operator bool() const noexcept { return session_ != nullptr; }

 private:
  Session* session_ = nullptr;
};

}  // namespace ctql::detail
