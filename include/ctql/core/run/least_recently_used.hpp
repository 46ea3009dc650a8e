#pragma once
// The one eviction rule every connector's statement cache follows: among the statements kept by
// statement type (a slot each) and by runtime key, the one used longest ago that may go.
#include <memory>
#include <vector>

namespace ctql::detail {

/// The least recently used entry (by its `last_used` tick) that `evictable(entry)` allows, and
/// where `by_key` keeps it (by_key.end() when it is kept by slot); entry is nullptr if none may go.
template <class Entry, class Map, class Evictable>
auto least_recently_used(std::vector<std::unique_ptr<Entry>>& by_slot, Map& by_key, Evictable evictable) {
  struct found {
    Entry* entry;
    typename Map::iterator key;
  };
  found oldest{nullptr, by_key.end()};
  auto consider = [&](Entry& e, typename Map::iterator key) {
    if (evictable(e) && (oldest.entry == nullptr || e.last_used < oldest.entry->last_used)) oldest = {&e, key};
  };
  for (auto& e : by_slot)
    if (e) consider(*e, by_key.end());
  for (auto it = by_key.begin(); it != by_key.end(); ++it) consider(it->second, it);
  return oldest;
}

}  // namespace ctql::detail
