#pragma once
// A TCP proxy on 127.0.0.1 for one connection to a test server: it passes everything on until the
// client sends `marker` (a statement as its protocol writes it), then passes that on too and drops
// both connections when the server answers it, without passing the answer on. The server has run
// the statement; the client never hears. For the tests of a COMMIT whose reply is lost.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <utility>

namespace test {

class reply_dropping_proxy {
 public:
  reply_dropping_proxy(int server_port, std::string marker) : marker_(std::move(marker)) {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address = loopback(0);  // a port of the system's choosing
    socklen_t size = sizeof address;
    if (listener_ < 0 || ::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(listener_, 1) != 0 || ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &size) != 0)
      throw std::runtime_error("reply_dropping_proxy: cannot listen on 127.0.0.1");
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this, server_port] { serve(server_port); });
  }
  reply_dropping_proxy(const reply_dropping_proxy&) = delete;
  reply_dropping_proxy& operator=(const reply_dropping_proxy&) = delete;
  ~reply_dropping_proxy() {
    stop_ = true;
    thread_.join();
    ::close(listener_);
  }

  int port() const { return port_; }
  /// Whether the server answered the marked statement and the answer was dropped.
  bool dropped() const { return dropped_; }

 private:
  static sockaddr_in loopback(int port) {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(static_cast<std::uint16_t>(port));
    return a;
  }
  static bool write_all(int fd, const char* data, std::size_t size) {
    while (size != 0) {
      const ssize_t n = ::write(fd, data, size);
      if (n <= 0) return false;
      data += n;
      size -= static_cast<std::size_t>(n);
    }
    return true;
  }
  /// Waits for `fd` to be readable, up to 100 ms, so that the destructor's stop_ is seen.
  static bool readable(int fd) {
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, 100) > 0;
  }

  void serve(int server_port) {
    int client = -1;
    while (!stop_ && client < 0)
      if (readable(listener_)) client = ::accept(listener_, nullptr, nullptr);
    if (client < 0) return;
    const int server = ::socket(AF_INET, SOCK_STREAM, 0);
    const sockaddr_in address = loopback(server_port);
    if (server >= 0 && ::connect(server, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0)
      relay(client, server);
    ::close(client);
    if (server >= 0) ::close(server);
  }
  void relay(int client, int server) {
    std::string sent;  // what the client sent, to find the marker in (it may come in pieces)
    bool marked = false;
    char buffer[65536];
    while (!stop_) {
      pollfd ends[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
      if (::poll(ends, 2, 100) <= 0) continue;
      if (ends[0].revents != 0) {
        const ssize_t n = ::read(client, buffer, sizeof buffer);
        if (n <= 0 || !write_all(server, buffer, static_cast<std::size_t>(n))) return;
        if (!marked) {
          sent.append(buffer, static_cast<std::size_t>(n));
          marked = sent.find(marker_) != std::string::npos;
          if (sent.size() > marker_.size()) sent.erase(0, sent.size() - marker_.size());
        }
      }
      if (ends[1].revents != 0) {
        const ssize_t n = ::read(server, buffer, sizeof buffer);
        if (n <= 0) return;
        if (marked) {  // the server's answer to the marked statement: dropped, with both connections
          dropped_ = true;
          return;
        }
        if (!write_all(client, buffer, static_cast<std::size_t>(n))) return;
      }
    }
  }

  std::string marker_;
  int listener_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::atomic<bool> dropped_{false};
  std::thread thread_;
};

/// `url` (scheme://user:password@127.0.0.1:PORT/...) with PORT; url_port() reads it.
inline int url_port(std::string_view url) {
  const std::size_t at = url.find("@127.0.0.1:");
  if (at == std::string_view::npos) throw std::runtime_error("the test server's URL is not on 127.0.0.1");
  return std::stoi(std::string(url.substr(at + 11)));
}
inline std::string with_port(std::string_view url, int port) {
  const std::size_t from = url.find("@127.0.0.1:") + 11;
  const std::size_t to = url.find_first_not_of("0123456789", from);
  return std::string(url.substr(0, from)) + std::to_string(port) +
         std::string(to == std::string_view::npos ? std::string_view{} : url.substr(to));
}

}  // namespace test
