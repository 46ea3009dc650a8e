#pragma once
// The statement cache's slow paths (statement_cache.hpp): preparing, evicting, statements kept by
// runtime key and one-off statements. Out of the class so that a connector's library compiles them
// once for its Operations (an extern template in the connector's header) and a program's
// translation units need neither these definitions nor the containers they use.
#include <cstddef>
#include <list>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>

#include "ctql/core/run/least_recently_used.hpp"
#include "ctql/core/run/statement_cache.hpp"

namespace ctql::detail {

template <statement_operations Operations>
struct statement_cache<Operations>::runtime_entries {
  std::unordered_map<std::string, entry> by_key;
  std::list<entry> once;  // a list: leases point at their entry, which must not move
};

template <statement_operations Operations>
auto statement_cache<Operations>::runtime() -> runtime_entries& {
  if (runtime_ == nullptr) runtime_ = new runtime_entries;
  return *runtime_;
}

template <statement_operations Operations>
statement_cache<Operations>::~statement_cache() {
  clear();
  delete runtime_;
}

template <statement_operations Operations>
auto statement_cache<Operations>::acquire_once(std::string sql) -> lease {
  ops_.before_use();
  auto& once = runtime().once;
  entry& e = once.emplace_back();
  try {
    e.stmt = ops_.prepare(std::move(sql), false);
  } catch (...) {
    once.pop_back();
    throw;
  }
  e.in_use = true;
  return {&e, true};
}

template <statement_operations Operations>
void statement_cache<Operations>::release_once(entry& e) noexcept {
  ops_.close(e.stmt);
  auto& once = runtime_->once;  // made by acquire_once
  for (auto it = once.begin(); it != once.end(); ++it)
    if (&*it == &e) {
      once.erase(it);
      break;
    }
}

template <statement_operations Operations>
auto statement_cache<Operations>::held(std::size_t (*text_bytes)(const statement&) noexcept) const -> footprint {
  footprint f;
  auto add = [&](const entry& e, std::size_t key_bytes) {
    ++f.entries;
    f.text_bytes += text_bytes(e.stmt) + key_bytes;
  };
  for (const auto& e : by_slot_)
    if (e) add(*e, 0);
  if (runtime_ != nullptr)
    for (const auto& [key, e] : runtime_->by_key) add(e, key.capacity());
  return f;
}

template <statement_operations Operations>
auto statement_cache<Operations>::acquire(const std::string& key, sql_source render) -> lease {
  auto& by_key = runtime().by_key;
  const auto [it, added] = by_key.try_emplace(key);
  if (!added) return use(it->second, render);
  it->second.key = &it->first;
  try {
    return use(it->second, render);
  } catch (...) {
    by_key.erase(it);  // SQL that failed to prepare is not kept
    throw;
  }
}

template <statement_operations Operations>
void statement_cache<Operations>::clear() noexcept {
  for (auto& e : by_slot_)
    if (e && e->stmt.prepared()) ops_.close(e->stmt);
  if (runtime_ != nullptr) {
    for (auto& [key, e] : runtime_->by_key)
      if (e.stmt.prepared()) ops_.close(e.stmt);
    runtime_->by_key.clear();
  }
  live_ = 0;
}

template <statement_operations Operations>
template <forgets_statements Ops>
void statement_cache<Operations>::forget_all() noexcept {
  Ops& ops = ops_;
  for (auto& e : by_slot_)
    if (e && e->stmt.prepared()) ops.forget(e->stmt);
  if (runtime_ != nullptr)
    for (auto& [key, e] : runtime_->by_key)
      if (e.stmt.prepared()) ops.forget(e.stmt);
  live_ = 0;
}

template <statement_operations Operations>
auto statement_cache<Operations>::acquire_slot(std::size_t slot, const sql_source& render) -> lease {
  if (slot >= by_slot_.size()) by_slot_.resize(slot + 1);
  auto& e = by_slot_[slot];
  if (!e) e = std::make_unique<entry>();
  return use(*e, render);
}

template <statement_operations Operations>
auto statement_cache<Operations>::use(entry& e, const sql_source& render) -> lease {
  ops_.before_use();
  if constexpr (Operations::exclusive) {
    if (e.in_use) return acquire_once(render());  // the same statement type is still streaming rows
  }
  if (!e.stmt.prepared()) {
    if (live_ >= capacity_) evict_least_recently_used();
    e.stmt = ops_.prepare(render(), true);
    ++live_;
  }
  if constexpr (Operations::exclusive) e.in_use = true;
  e.last_used = ++tick_;
  return {&e, false};
}

template <statement_operations Operations>
void statement_cache<Operations>::evict_least_recently_used() {
  if (!ops_.may_evict()) return;  // grow past the bound for now
  auto unused = [](const entry& e) { return e.stmt.prepared() && !e.in_use; };
  entry* oldest = least_recently_used(by_slot_, runtime().by_key, unused).entry;
  if (oldest == nullptr) return;  // all in use: grow past the bound for now
  drop(*oldest);
}

template <statement_operations Operations>
void statement_cache<Operations>::drop(entry& e) noexcept {
  ops_.close(e.stmt);
  --live_;
  if (e.key != nullptr) {
    runtime_->by_key.erase(runtime_->by_key.find(*e.key));
  } else {
    [[maybe_unused]] const statement gone = std::exchange(e.stmt, statement{});  // its held text is freed here
  }
}

}  // namespace ctql::detail
