#pragma once
// `ctql::pool<ctql::postgres> pool(url, {.size = 8, .max_overflow = 4, .timeout = 5s});
//  auto db = pool.acquire();`: connections shared by threads, one thread at a time each. A pooled
// connection is the dialect's connection (everything runs on it) and goes back to the pool when it
// goes out of scope, with its prepared statements: the next acquire finds them still prepared.
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ctql/core/error.hpp"
#include "ctql/core/meta/lean_std.hpp"
#include "ctql/core/run/statement_event.hpp"

namespace ctql {

/// `{.size = 8, .max_overflow = 4, .timeout = 5s, .pre_ping = true, .recycle = 1h}`
struct pool_options {
  /// Connections kept open when idle.
  std::size_t size = 5;
  /// Connections opened past `size` when all are in use; closed when given back.
  std::size_t max_overflow = 10;
  /// How long acquire() waits for a connection before it raises ctql::error.
  std::chrono::milliseconds timeout = std::chrono::seconds(30);
  /// Test an idle connection (SELECT 1) before handing it out; a broken one is replaced.
  bool pre_ping = true;
  /// Close a connection this long after it was opened, when next acquired (zero: never).
  std::chrono::seconds recycle = std::chrono::seconds(0);
};

/// Connections to one database, for many threads: acquire() is thread-safe; each connection it
/// gives is used by one thread at a time (the connection itself is not thread-safe).
template <class Dialect>
class pool {
 public:
  using connection = typename Dialect::connection;
  using clock = std::chrono::steady_clock;

 private:
  struct kept {
    connection db;
    clock::time_point opened;
  };
  /// What the pool and the connections it gave out share: a connection given back after the pool
  /// object is gone still finds it.
  struct state {
    std::function<connection()> connect;
    pool_options options;
    std::mutex mutex;
    std::condition_variable freed;
    std::vector<kept> idle;
    std::size_t open = 0;    // idle + in use + being opened
    std::size_t in_use = 0;  // handed out, or being checked or opened for an acquire
    std::size_t peak = 0;    // the most ever open at once
    std::shared_ptr<const statement_observer> observer;
  };

 public:
  /// A connection from the pool: the dialect's connection, given back when it goes out of scope
  /// (an open transaction rolled back first). Movable; used by one thread at a time.
  class pooled : public connection {
   public:
    pooled(pooled&& other) noexcept
        : connection(std::move(other)), state_(std::move(other.state_)), opened_(other.opened_) {}
    pooled& operator=(pooled&&) = delete;
    ~pooled() {
      if (state_) give_back(*state_, std::move(static_cast<connection&>(*this)), opened_);
    }

   private:
    friend pool;
    pooled(std::shared_ptr<state> s, connection db, clock::time_point opened)
        : connection(std::move(db)), state_(std::move(s)), opened_(opened) {}
    std::shared_ptr<state> state_;
    clock::time_point opened_;
  };

  /// `pool(url, options)`: connects with Dialect::connect(url) (for SQLite: a file path).
  explicit pool(std::string url, pool_options options = {})
      : pool([url = std::move(url)] { return Dialect::connect(url); }, options) {}
  /// `pool(connect, options)`: opens each connection with `connect()` (to set it up as well:
  /// a schema, a session variable).
  explicit pool(std::function<connection()> connect, pool_options options = {})
      : state_(std::make_shared<state>()) {
    if (options.size + options.max_overflow == 0)
      throw error("a pool of size 0 with max_overflow 0 can never give a connection; give it a size");
    state_->connect = std::move(connect);
    state_->options = options;
  }

  /// A connection: an idle one (tested first with pre_ping, replaced if broken or older than
  /// recycle), or a new one while fewer than size + max_overflow are open; otherwise waits up to
  /// timeout for one to be given back, then raises ctql::error.
  pooled acquire() {
    state& s = *state_;
    std::unique_lock lock(s.mutex);
    const std::shared_ptr<const statement_observer> observer = s.observer;  // read under the lock
    const auto started = clock::now();
    const auto deadline = started + s.options.timeout;
    for (;;) {
      if (!s.idle.empty()) {
        kept k = std::move(s.idle.back());
        s.idle.pop_back();
        ++s.in_use;
        lock.unlock();
        if (usable(s, k)) return handed_out(std::move(k), observer);
        lock.lock();  // k closed: its place is free for a new connection
        --s.open;
        --s.in_use;
        continue;
      }
      if (s.open < s.options.size + s.options.max_overflow) {
        ++s.open;
        ++s.in_use;
        if (s.open > s.peak) s.peak = s.open;
        lock.unlock();
        try {
          return handed_out(kept{s.connect(), clock::now()}, observer);
        } catch (...) {
          lock.lock();
          --s.open;
          --s.in_use;
          s.freed.notify_one();
          throw;
        }
      }
      if (s.freed.wait_until(lock, deadline) == std::cv_status::timeout && s.idle.empty() &&
          s.open >= s.options.size + s.options.max_overflow)
        throw error(exhausted(s, clock::now() - started));
    }
  }

  /// Sees every statement of every connection of the pool (from their next acquire on).
  void on_statement(statement_observer observer) {
    std::lock_guard lock(state_->mutex);
    state_->observer = observer ? std::make_shared<const statement_observer>(std::move(observer)) : nullptr;
  }

  /// Connections open now (idle, in use, or being opened).
  std::size_t open() const { return locked([](const state& s) { return s.open; }); }
  /// Connections handed out now.
  std::size_t in_use() const { return locked([](const state& s) { return s.in_use; }); }
  /// Connections idle in the pool now.
  std::size_t idle() const { return locked([](const state& s) { return s.idle.size(); }); }
  /// The most connections ever open at once (never more than size + max_overflow).
  std::size_t peak() const { return locked([](const state& s) { return s.peak; }); }
  const pool_options& options() const noexcept { return state_->options; }

 private:
  template <class F>
  auto locked(F f) const {
    std::lock_guard lock(state_->mutex);
    return f(*state_);
  }

  pooled handed_out(kept k, const std::shared_ptr<const statement_observer>& observer) {
    k.db.on_statement(observer);  // the pool's observer (none: none)
    return pooled(state_, std::move(k.db), k.opened);
  }

  /// Whether an idle connection may be handed out: not past recycle, not lost, and answering.
  static bool usable(const state& s, kept& k) {
    if (s.options.recycle.count() != 0 && clock::now() - k.opened >= s.options.recycle) return false;
    if constexpr (requires { k.db.lost(); }) {
      if (k.db.lost()) return false;
    }
    if (!s.options.pre_ping) return true;
    try {
      k.db.on_statement(std::shared_ptr<const statement_observer>());  // the ping is the pool's own
      k.db.execute("SELECT 1");
      return true;
    } catch (...) {
      return false;
    }
  }

  /// A connection comes back: rolled back if a transaction is open, and kept if it is sound, not
  /// an overflow one, nothing else holds its session (a result or prepared statement kept past
  /// the connection would otherwise run on it while another thread does), and it still commits each
  /// statement on its own where it can stop (MySQL's `SET autocommit = 0`: the next user's writes
  /// would be rolled back when that user gave it back).
  static void give_back(state& s, connection db, clock::time_point opened) noexcept {
    bool keep = true;
    try {
      if (db.shared()) keep = false;
      if constexpr (requires { db.lost(); }) {
        if (keep && db.lost()) keep = false;
      }
      if (keep && db.in_transaction()) db.rollback_all();
      if constexpr (requires { db.lost(); }) {
        if (keep && db.lost()) keep = false;
      }
      if constexpr (requires { db.autocommits(); }) {
        if (keep && !db.autocommits()) keep = false;
      }
    } catch (...) {
      keep = false;  // a rollback that fails: the connection is not to be trusted
    }
    std::unique_lock lock(s.mutex);
    --s.in_use;
    if (keep && s.idle.size() < s.options.size && s.open <= s.options.size + s.options.max_overflow) {
      s.idle.push_back(kept{std::move(db), opened});
    } else {
      --s.open;
      lock.unlock();
      { connection closed = std::move(db); }  // closed outside the lock
      lock.lock();
    }
    s.freed.notify_one();
  }

  static std::string exhausted(const state& s, clock::duration waited) {
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(waited).count();
    return "the pool gave no connection within its timeout: size " + std::to_string(s.options.size) +
           " + max_overflow " + std::to_string(s.options.max_overflow) + ", " + std::to_string(s.in_use) +
           " in use, waited " + std::to_string(ms) +
           " ms; give connections back sooner (a pooled connection goes back when it goes out of scope), or "
           "raise size, max_overflow or timeout";
  }

  std::shared_ptr<state> state_;
};

}  // namespace ctql
