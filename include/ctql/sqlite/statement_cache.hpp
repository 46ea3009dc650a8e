#pragma once
// The prepared statements of one connection, kept by statement type and reused, so running
// the same statement type again costs what a hand-prepared sqlite3_stmt costs. Bounded (least
// recently used ones are finalized), and finalized before the connection closes.
#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ctql/core/run/least_recently_used.hpp"
#include "ctql/sqlite/value_io.hpp"

namespace ctql::sqlite_detail {

class statement_cache {
 public:
  struct entry {
    sqlite3_stmt* stmt = nullptr;
    std::uint64_t last_used = 0;
    bool in_use = false;
  };
  /// A statement in use; `owner` is null for a one-off statement finalized on release.
  struct lease {
    sqlite3_stmt* stmt = nullptr;
    entry* owner = nullptr;
  };

  explicit statement_cache(sqlite3* db, std::size_t capacity) : db_(db), capacity_(capacity) {}
  statement_cache(const statement_cache&) = delete;
  statement_cache& operator=(const statement_cache&) = delete;
  ~statement_cache() { clear(); }

  /// The statement of a type whose SQL is fixed; `slot` from detail::statement_slot<Q>().
  lease acquire(std::size_t slot, std::string_view sql) {
    if (slot >= by_slot_.size()) by_slot_.resize(slot + 1);
    auto& e = by_slot_[slot];
    if (!e) e = std::make_unique<entry>();
    auto fixed = [sql] { return sql; };
    return use(*e, fixed);
  }
  /// The statement for SQL rendered at run time, found by a key naming its type and sizes;
  /// `render()` gives the SQL, and is called only when the statement is not kept yet.
  template <class Render>
  lease acquire(const std::string& key, Render&& render) {
    return use(by_key_[key], render);
  }
  /// A statement that is not kept (raw text statements).
  lease acquire_once(std::string_view sql) { return {prepare(sql, 0), nullptr}; }

  /// Resets the statement for its next use. SQLite reports a failed step again here: ignored,
  /// since the step already raised it.
  void release(const lease& l) noexcept {
    if (l.owner == nullptr) {
      sqlite3_finalize(l.stmt);
      return;
    }
    sqlite3_reset(l.stmt);
    l.owner->in_use = false;
  }
  /// Finalizes the statement so its next use prepares it anew (after SQLITE_SCHEMA).
  void discard(const lease& l) noexcept {
    sqlite3_finalize(l.stmt);
    if (l.owner != nullptr) {
      l.owner->stmt = nullptr;
      l.owner->in_use = false;
      --live_;
    }
  }
  void clear() noexcept {
    for (auto& e : by_slot_)
      if (e && e->stmt) sqlite3_finalize(std::exchange(e->stmt, nullptr));
    for (auto& [key, e] : by_key_)
      if (e.stmt) sqlite3_finalize(std::exchange(e.stmt, nullptr));
    by_key_.clear();
    live_ = 0;
  }
  std::size_t size() const { return live_; }

  sqlite3_stmt* prepare(std::string_view sql, unsigned flags) {
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), flags, &stmt, &tail);
    if (rc != SQLITE_OK) throw_error(db_, "cannot prepare the statement", sql, rc);
    if (stmt == nullptr) throw error("the SQL holds no statement", std::string(sql));
    const std::string_view rest(tail, static_cast<std::size_t>(sql.data() + sql.size() - tail));
    if (rest.find_first_not_of(" \t\r\n;") != std::string_view::npos) {
      sqlite3_finalize(stmt);
      throw error("the SQL holds more than one statement; run them one at a time", std::string(sql));
    }
    return stmt;
  }

 private:
  template <class Render>
  lease use(entry& e, Render& render) {
    if (e.in_use) return acquire_once(render());  // the same statement type is still streaming rows
    if (e.stmt == nullptr) {
      if (live_ >= capacity_) evict_least_recently_used();
      e.stmt = prepare(render(), SQLITE_PREPARE_PERSISTENT);
      ++live_;
    }
    e.in_use = true;
    e.last_used = ++tick_;
    return {e.stmt, &e};
  }
  void evict_least_recently_used() noexcept {
    auto unused = [](const entry& e) { return e.stmt != nullptr && !e.in_use; };
    entry* oldest = detail::least_recently_used(by_slot_, by_key_, unused).entry;
    if (oldest == nullptr) return;  // all in use: grow past the bound for now
    sqlite3_finalize(std::exchange(oldest->stmt, nullptr));
    --live_;
  }

  sqlite3* db_;
  std::size_t capacity_;
  std::size_t live_ = 0;
  std::uint64_t tick_ = 0;
  std::vector<std::unique_ptr<entry>> by_slot_;
  std::unordered_map<std::string, entry> by_key_;
};

}  // namespace ctql::sqlite_detail
