#pragma once
// A small number per statement type, so a connection finds its prepared statement for that
// type by indexing, not by hashing SQL text.
#include <atomic>
#include <cstddef>

namespace ctql::detail {

inline std::size_t next_statement_slot() {
  static std::atomic<std::size_t> next{0};
  return next.fetch_add(1, std::memory_order_relaxed);
}

/// The slot of statement type Q, the same in every connection.
template <class Q>
std::size_t statement_slot() {
  static const std::size_t slot = next_statement_slot();
  return slot;
}

}  // namespace ctql::detail
