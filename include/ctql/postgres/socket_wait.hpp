#pragma once
// Waiting for libpq's socket with a time limit: how connect_timeout and read_timeout are kept
// (libpq's own blocking calls wait forever, and its connect_timeout cannot go below 2 s).
#include <poll.h>

#include <cerrno>

#include "ctql/core/meta/lean_std.hpp"

namespace ctql::postgres_detail {

/// Waits until `fd` can be read (or, with `write`, written), at most `timeout_ms` (negative:
/// forever). False when the time ran out; true when ready or on an error, which libpq then meets.
inline bool wait_socket(int fd, bool write, int timeout_ms) noexcept {
  using clock = std::chrono::steady_clock;
  const auto deadline = clock::now() + std::chrono::milliseconds(timeout_ms);
  for (;;) {
    pollfd p{fd, static_cast<short>(write ? POLLOUT : POLLIN), 0};
    const int n = ::poll(&p, 1, timeout_ms);
    if (n > 0) return true;
    if (n == 0) return false;
    if (errno != EINTR) return true;
    if (timeout_ms >= 0) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - clock::now()).count();
      timeout_ms = left > 0 ? static_cast<int>(left) : 0;
    }
  }
}

}  // namespace ctql::postgres_detail
