#pragma once
// A small number per statement type, so a connection finds its prepared statement for that
// type by indexing, not by hashing SQL text. A statement type with variants (maybe(), dynamic(),
// one_of()) has a range of slots, one per variant.
#include <atomic>
#include <cstddef>

#include "ctql/core/expr/node.hpp"

namespace ctql::detail {

inline std::size_t next_statement_slot(std::size_t count = 1) {
  static std::atomic<std::size_t> next{0};
  return next.fetch_add(count, std::memory_order_relaxed);
}

/// The first slot of statement type Q, the same in every connection; its variant v has slot + v.
template <class Q>
std::size_t statement_slot() {
  static const std::size_t slot = next_statement_slot(variants_of<Q>);
  return slot;
}

}  // namespace ctql::detail
