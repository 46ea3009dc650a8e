#pragma once
// A connection is used by one thread at a time; debug builds check it. While a thread runs a
// statement on a connection (ctql statements, text<>, execute(), create_all, prepared statements,
// the transactions' BEGIN, COMMIT and SAVEPOINT), the connection's session holds that thread's
// mark, and a second thread that starts a statement meanwhile gets a ctql::error instead of racing
// on the connection. The check is on unless NDEBUG is defined; CTQL_THREAD_CHECKS=1 or 0 chooses
// regardless. Off, `one_thread_inside` is an empty object: no instruction. docs/engine.md.
#include <atomic>

#include "ctql/core/error.hpp"
#include "ctql/core/run/kept_session.hpp"

#ifndef CTQL_THREAD_CHECKS
#ifdef NDEBUG
#define CTQL_THREAD_CHECKS 0
#else
#define CTQL_THREAD_CHECKS 1
#endif
#endif

namespace ctql::detail {

/// Held while a statement runs, when Checked: takes the session's mark for this thread, or raises
/// if another thread holds it. The same thread may enter again (an observer that runs a statement
/// on its own connection). Two types, not one defined two ways: a program built with NDEBUG may
/// link a connector library built without it (and the other way round), and each must keep its
/// own guard's layout (one class with two definitions made the linker pick one destructor for both,
/// which crashed).
template <bool Checked>
class one_thread_guard {
 public:
  explicit one_thread_guard(shared_session&) noexcept {}
};

template <>
class one_thread_guard<true> {
 public:
  explicit one_thread_guard(shared_session& session) : mark_(session.running_thread()) {
    const void* holder = nullptr;
    if (mark_.compare_exchange_strong(holder, this_thread(), std::memory_order_acquire)) {
      outermost_ = true;
    } else if (holder != this_thread()) {
      used_from_two_threads();
    }
  }
  ~one_thread_guard() {
    if (outermost_) mark_.store(nullptr, std::memory_order_release);
  }
  one_thread_guard(const one_thread_guard&) = delete;
  one_thread_guard& operator=(const one_thread_guard&) = delete;

 private:
  /// An address unique to each running thread.
  static const void* this_thread() noexcept {
    static thread_local const char mark = 0;
    return &mark;
  }
  [[noreturn, gnu::noinline, gnu::cold]] static void used_from_two_threads() {
    throw error(
        "a statement started on a connection while another thread was running one on it: a connection is used "
        "by one thread at a time; give each thread its own (pool.acquire() or engine.connect() in that thread) "
        "(checked in builds without NDEBUG; CTQL_THREAD_CHECKS)");
  }

  std::atomic<const void*>& mark_;
  bool outermost_ = false;
};

/// This build's guard: checking unless NDEBUG (or CTQL_THREAD_CHECKS) says otherwise; when off,
/// an empty object: no instruction.
using one_thread_inside = one_thread_guard<CTQL_THREAD_CHECKS != 0>;

}  // namespace ctql::detail
