#pragma once
// The server-side prepared statements of one connection, kept by statement type and reused, so
// running the same statement type again costs one COM_STMT_EXECUTE. Bounded in statements and in
// memory (the least recently used statement is closed, and one kept by a runtime key is forgotten
// with its key and SQL), and closed before the connection.
#include <mysql.h>

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ctql/core/run/least_recently_used.hpp"
#include "ctql/mysql/link.hpp"

namespace ctql::mysql_detail {

class statement_cache {
 public:
  struct entry {
    MYSQL_STMT* stmt = nullptr;
    std::string sql;
    std::uint64_t last_used = 0;
    bool in_use = false;
    const std::string* key = nullptr;  // its key in by_key_, if kept there
  };
  /// A statement in use; a one-off statement (`once`) is closed on release.
  struct lease {
    MYSQL_STMT* stmt = nullptr;
    entry* owner = nullptr;
    bool once = false;
    std::string_view sql() const { return owner->sql; }
  };

  statement_cache(link& l, std::size_t capacity) : link_(&l), capacity_(capacity) {}
  statement_cache(const statement_cache&) = delete;
  statement_cache& operator=(const statement_cache&) = delete;
  ~statement_cache() { clear(); }

  link& connection() const { return *link_; }

  /// The statement of a type whose SQL is fixed; `slot` from detail::statement_slot<Q>().
  lease acquire(std::size_t slot, std::string_view sql) {
    if (slot >= by_slot_.size()) by_slot_.resize(slot + 1);
    auto& e = by_slot_[slot];
    if (!e) e = std::make_unique<entry>();
    return use(*e, [sql] { return std::string(sql); });
  }
  /// The statement for SQL made at run time, found by a key naming its type and sizes;
  /// `render()` makes the SQL, and runs only when the statement is not prepared yet.
  template <class Render>
    requires std::is_invocable_r_v<std::string, const Render&>
  lease acquire(const std::string& key, const Render& render) {
    link_->settle();
    const auto [it, added] = by_key_.try_emplace(key);
    if (!added) return use(it->second, render);
    it->second.key = &it->first;
    try {
      return use(it->second, render);
    } catch (...) {
      by_key_.erase(it);  // SQL that failed to prepare is not kept
      throw;
    }
  }
  /// A statement that is not kept.
  lease acquire_once(std::string sql) {
    link_->settle();
    once_.push_back(entry{nullptr, std::move(sql), 0, true});
    entry& e = once_.back();
    try {
      e.stmt = prepare(e.sql);
    } catch (...) {
      once_.pop_back();
      throw;
    }
    return {e.stmt, &e, true};
  }

  /// Gives the statement back for its next use (a one-off statement is closed).
  void release(const lease& l) noexcept {
    if (l.once) {
      link_->close_statement(l.stmt);
      for (auto it = once_.begin(); it != once_.end(); ++it)
        if (&*it == l.owner) {
          once_.erase(it);
          break;
        }
      return;
    }
    l.owner->in_use = false;
    if (needs_prepare_again(mysql_stmt_errno(l.stmt))) [[unlikely]] {
      link_->close_statement(std::exchange(l.owner->stmt, nullptr));
      --live_;
      forget(*l.owner);
    }
  }

  void clear() noexcept {
    for (auto& e : by_slot_)
      if (e && e->stmt) mysql_stmt_close(std::exchange(e->stmt, nullptr));
    for (auto& [key, e] : by_key_)
      if (e.stmt) mysql_stmt_close(std::exchange(e.stmt, nullptr));
    by_key_.clear();
    live_ = 0;
  }
  /// Prepared statements kept for reuse.
  std::size_t size() const { return live_; }
  /// What the cache holds, prepared or not: entries, and bytes of SQL and keys.
  struct footprint {
    std::size_t entries = 0;
    std::size_t text_bytes = 0;
  };
  footprint held() const {
    footprint f;
    auto add = [&f](const entry& e, std::size_t key_bytes) {
      ++f.entries;
      f.text_bytes += e.sql.capacity() + key_bytes;
    };
    for (const auto& e : by_slot_)
      if (e) add(*e, 0);
    for (const auto& [key, e] : by_key_) add(e, key.capacity());
    return f;
  }

 private:
  template <class Render>
  lease use(entry& e, const Render& render) {
    link_->settle();  // closing or preparing talks to the server
    if (e.in_use) return acquire_once(render());  // the same statement type is still streaming rows
    if (e.stmt == nullptr) {
      if (live_ >= capacity_) evict_least_recently_used();
      e.sql = render();
      e.stmt = prepare(e.sql);
      ++live_;
    }
    e.in_use = true;
    e.last_used = ++tick_;
    return {e.stmt, &e, false};
  }

  MYSQL_STMT* prepare(std::string_view sql) {
    MYSQL_STMT* stmt = mysql_stmt_init(link_->handle());
    if (stmt == nullptr) link_->fail("cannot prepare the statement", sql);
    if (mysql_stmt_prepare(stmt, sql.data(), static_cast<unsigned long>(sql.size())) != 0) {
      error e = link_->failure("cannot prepare the statement", sql, stmt);
      mysql_stmt_close(stmt);
      throw e;
    }
    return stmt;
  }

  void evict_least_recently_used() noexcept {
    auto unused = [](const entry& e) { return e.stmt != nullptr && !e.in_use; };
    entry* oldest = detail::least_recently_used(by_slot_, by_key_, unused).entry;
    if (oldest == nullptr) return;  // all in use: grow past the bound for now
    mysql_stmt_close(std::exchange(oldest->stmt, nullptr));
    --live_;
    forget(*oldest);
  }
  /// Drops what a closed statement's entry still holds: an entry kept by runtime key goes with its
  /// key (runtime SQL is unbounded in kind: 40k distinct text<> statements), one kept by statement
  /// type keeps only its slot.
  void forget(entry& e) noexcept {
    if (e.key != nullptr) by_key_.erase(by_key_.find(*e.key));
    else std::string().swap(e.sql);
  }

  link* link_;
  std::size_t capacity_;
  std::size_t live_ = 0;
  std::uint64_t tick_ = 0;
  std::vector<std::unique_ptr<entry>> by_slot_;
  std::unordered_map<std::string, entry> by_key_;
  std::list<entry> once_;
};

}  // namespace ctql::mysql_detail
