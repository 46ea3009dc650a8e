#pragma once
// The server-side prepared statements of one connection (PQprepare), kept by statement type and
// reused, so running the same statement type again costs one round trip with no parsing or
// planning. Named ctql_<n>; bounded (the least recently used one is DEALLOCATEd); forgotten when
// the connection closes, which frees them on the server.
#include <libpq-fe.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ctql/core/run/least_recently_used.hpp"
#include "ctql/postgres/channel.hpp"
#include "ctql/postgres/value_io.hpp"

namespace ctql::postgres_detail {

class statement_cache {
 public:
  struct statement {
    std::string name;  // empty: not prepared
    std::shared_ptr<const std::string> sql;
    std::uint64_t last_used = 0;
  };

  statement_cache(channel& ch, std::size_t capacity) : channel_(&ch), capacity_(capacity) {}
  statement_cache(const statement_cache&) = delete;
  statement_cache& operator=(const statement_cache&) = delete;

  /// The statement of a type whose SQL is fixed; `slot` from detail::statement_slot<Q>().
  /// `render()` gives the SQL, called only to prepare it; `params` give the parameter types.
  template <class Render>
  statement& acquire(std::size_t slot, Render&& render, const param_buffer& params) {
    if (slot >= by_slot_.size()) by_slot_.resize(slot + 1);
    auto& s = by_slot_[slot];
    if (!s) s = std::make_unique<statement>();
    return use(*s, render, params);
  }
  /// The statement for SQL rendered at run time, found by a key naming its type and sizes.
  template <class Render>
  statement& acquire(const std::string& key, Render&& render, const param_buffer& params) {
    return use(by_key_[key], render, params);
  }

  /// Drops a statement whose cached plan the server refused: it is prepared again on its next
  /// use, or at once with `prepare_now` (outside a transaction). Its old name is deallocated
  /// now, or, in a failed transaction (where DEALLOCATE fails too), before the next prepare.
  void forget(statement& s, bool prepare_now, const param_buffer& params) {
    if (s.name.empty()) return;
    --live_;
    stale_.push_back(std::exchange(s.name, {}));
    if (prepare_now) prepare(s, *s.sql, params);
  }

  /// Prepared statements kept.
  std::size_t size() const noexcept { return live_; }
  /// Forgets every statement (the connection is closing: the server frees them).
  void clear() noexcept {
    by_slot_.clear();
    by_key_.clear();
    live_ = 0;
  }

 private:
  template <class Render>
  statement& use(statement& s, Render& render, const param_buffer& params) {
    if (s.name.empty()) {
      if (live_ >= capacity_) evict_least_recently_used(s);
      prepare(s, render(), params);
    }
    s.last_used = ++tick_;
    return s;
  }

  void prepare(statement& s, std::string sql, const param_buffer& params) {
    if (!stale_.empty() && PQtransactionStatus(channel_->handle()) != PQTRANS_INERROR) deallocate_stale();
    std::string name = "ctql_" + std::to_string(++counter_);
    if (PQsendPrepare(channel_->handle(), name.c_str(), sql.c_str(), params.size(), params.types()) == 0)
      channel_->fail(nullptr, "cannot prepare the statement", sql);
    PGresult* r = channel_->last_result();
    if (r == nullptr || PQresultStatus(r) != PGRES_COMMAND_OK) channel_->fail(r, "cannot prepare the statement", sql);
    PQclear(r);
    s.name = std::move(name);
    s.sql = std::make_shared<const std::string>(std::move(sql));
    ++live_;
  }

  void deallocate_stale() {
    std::string sql;
    for (const std::string& name : stale_) sql += "DEALLOCATE " + name + ";";
    stale_.clear();
    channel_->execute(sql);
  }

  void evict_least_recently_used(const statement& keep) {
    // In a failed transaction DEALLOCATE fails too: grow past the bound until it ends.
    if (PQtransactionStatus(channel_->handle()) == PQTRANS_INERROR) return;
    const auto [oldest, oldest_key] = detail::least_recently_used(
        by_slot_, by_key_, [&keep](const statement& s) { return &s != &keep && !s.name.empty(); });
    if (oldest == nullptr) return;
    channel_->execute("DEALLOCATE " + oldest->name);
    --live_;
    if (oldest_key != by_key_.end()) {
      by_key_.erase(oldest_key);  // runtime-sized statements come in many sizes: keep no empty entries
    } else {
      oldest->name.clear();
      oldest->sql.reset();
    }
  }

  channel* channel_;
  std::size_t capacity_;
  std::size_t live_ = 0;
  std::uint64_t tick_ = 0;
  std::uint64_t counter_ = 0;
  std::vector<std::unique_ptr<statement>> by_slot_;
  std::unordered_map<std::string, statement> by_key_;
  std::vector<std::string> stale_;  // names of dropped statements still to DEALLOCATE
};

}  // namespace ctql::postgres_detail
