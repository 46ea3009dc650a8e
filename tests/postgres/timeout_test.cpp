// connect_timeout and read_timeout: a server that stops answering does not hang the client.
#ifdef CTQL_TEST_POSTGRES
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <tuple>

#include <ctql/postgres.hpp>

#include "scenarios/postgres_backend.hpp"

using namespace test;
using namespace ctql;
using std::string;
using clock_type = std::chrono::steady_clock;

namespace {
/// A socket on 127.0.0.1 that completes TCP handshakes (the kernel does, from the backlog) and never
/// says a word: a server that stopped answering.
struct silent_server {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  int port = 0;
  silent_server() {
    REQUIRE(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    REQUIRE(::listen(fd, 8) == 0);
    socklen_t length = sizeof address;
    REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0);
    port = ntohs(address.sin_port);
  }
  ~silent_server() { ::close(fd); }
};

double seconds_since(clock_type::time_point start) {
  return std::chrono::duration<double>(clock_type::now() - start).count();
}

string with_option(const string& url, const string& option) {
  return url + (url.find('?') == string::npos ? "?" : "&") + option;
}
}  // namespace

TEST_CASE("PostgreSQL: connect_timeout gives up on a server that accepts and never answers", "[postgres][timeout]") {
  silent_server server;
  for (const string& text : {"postgresql://app:pw@127.0.0.1:" + std::to_string(server.port) + "/db?connect_timeout=1",
                            "host=127.0.0.1 port=" + std::to_string(server.port) + " connect_timeout=1"}) {
    INFO(text);
    const auto start = clock_type::now();
    try {
      postgres::connect(text);
      FAIL("connected to a server that never answers");
    } catch (const ctql::error& e) {
      CHECK_THAT(e.what(), Catch::Contains("connect_timeout"));
    }
    // 1 s asked for; libpq on its own waits at least 2 s (it raises 1 to 2).
    const double waited = seconds_since(start);
    CHECK(waited >= 0.9);
    CHECK(waited < 1.8);
  }
}

TEST_CASE("PostgreSQL: read_timeout gives up on a statement the server does not answer in time", "[postgres][timeout]") {
  auto db = postgres::connect(with_option(postgres_url(), "read_timeout=1"));
  // Answers within the limit are untouched.
  CHECK(db(text<int>("SELECT 41 + :n"), arg<"n">(1)).first() == std::tuple{42});
  db.execute("SELECT pg_sleep(0.2)");
  CHECK_FALSE(db.lost());
  // pg_sleep(5) answers after 5 s; read_timeout=1 gives up after 1.
  auto start = clock_type::now();
  CHECK_THROWS_WITH(db.execute("SELECT pg_sleep(5)"), Catch::Contains("did not answer within read_timeout (1 s)"));
  double waited = seconds_since(start);
  CHECK(waited >= 0.9);
  CHECK(waited < 2.0);
  // The connection is closed, and says so from then on.
  CHECK(db.lost());
  CHECK_THROWS_WITH(db(text<int>("SELECT 1")).first(), Catch::Contains("read_timeout"));

  // The same for rows read from a select, streamed.
  auto rows_db = postgres::connect(with_option(postgres_url(), "read_timeout=1"));
  rows_db.execute("CREATE TEMP TABLE t (x INTEGER)");
  rows_db.execute("INSERT INTO t VALUES (1)");
  start = clock_type::now();
  CHECK_THROWS_WITH([&] {
                      for (auto [x] : rows_db(text<int>("SELECT x FROM t, pg_sleep(5)"))) CHECK(x == 1);
                    }(), Catch::Contains("read_timeout"));
  waited = seconds_since(start);
  CHECK(waited < 2.0);
  CHECK(rows_db.lost());
}
#endif
